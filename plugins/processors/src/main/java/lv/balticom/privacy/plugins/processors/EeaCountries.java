package lv.balticom.privacy.plugins.processors;

import java.util.Locale;
import java.util.Set;

/**
 * The countries of the European Economic Area, where personal data moves freely (GDPR Art. 1(3)): the 27
 * member states of the European Union and Iceland, Liechtenstein and Norway. A country outside this list
 * is a third country in the sense of POL-18 ("valstīs ārpus Eiropas Savienības un Eiropas Ekonomiskās
 * zonas"): a transfer there needs a safeguard of GDPR Chapter V (POL-19).
 *
 * <p>Codes are ISO 3166-1 alpha-2, as the host stores a country field: Greece is {@code GR} (the EU's
 * own abbreviation {@code EL} is not an ISO code). The list is as of 2025 (the United Kingdom left the EU
 * on 31 January 2020 and is a third country with an adequacy decision, Switzerland is a third country
 * with an adequacy decision as well: both need the safeguard recorded). When the list changes, change it
 * here and in {@code EeaCountriesTest}.
 */
final class EeaCountries {

    /** The 27 member states of the European Union. */
    static final Set<String> EUROPEAN_UNION = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
            "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** The three EFTA states in the European Economic Area. */
    static final Set<String> EEA_EFTA = Set.of("IS", "LI", "NO");

    private EeaCountries() {
    }

    /** Whether {@code countryCode} (ISO 3166-1 alpha-2, any case) is in the EU or the EEA. */
    static boolean contains(String countryCode) {
        if (countryCode == null) {
            return false;
        }
        String code = countryCode.strip().toUpperCase(Locale.ROOT);
        return EUROPEAN_UNION.contains(code) || EEA_EFTA.contains(code);
    }
}

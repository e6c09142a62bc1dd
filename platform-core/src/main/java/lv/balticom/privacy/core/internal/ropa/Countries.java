package lv.balticom.privacy.core.internal.ropa;

import java.util.Locale;
import java.util.Set;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Country;

/** Countries by their ISO 3166-1 alpha-2 codes: their names in Latvian and English and whether they are in the EU/EEA. */
final class Countries {

    /** The 27 member states of the European Union and Iceland, Liechtenstein and Norway (the EEA). */
    static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    private Countries() {
    }

    /** The country with this code; a code that is no country is kept, marked, and counted outside the EEA. */
    static Country of(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!ISO.contains(normalised)) {
            String shown = normalised.isEmpty() ? "?" : normalised;
            return new Country(shown, new Localized(shown + " [nezināma valsts]", shown + " [unknown country]"), false, false);
        }
        Locale region = new Locale.Builder().setRegion(normalised).build();
        return new Country(normalised, new Localized(region.getDisplayCountry(LATVIAN), region.getDisplayCountry(Locale.ENGLISH)),
                EEA.contains(normalised), true);
    }
}

package lv.balticom.privacy.core.api.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import lv.balticom.privacy.core.api.Localized;

/**
 * A purpose of processing (POL-5) with what it may rest on and use.
 *
 * @param code stable code; integrators hard-code some (for example {@code COMMERCIAL_NOTICES})
 * @param group the code of its {@link PurposeGroup}
 * @param clause the policy clause
 * @param name the purpose
 * @param legalBases codes of the legal bases it may rest on (POL-6)
 * @param legitimateInterests codes of the interests it serves where it rests on legitimate interest (POL-7)
 * @param dataCategories codes of the data categories it uses (APP1)
 * @param channels whether consents and messages for it are given per communication channel (POL-38..40)
 */
@Serdeable
public record Purpose(
        String code,
        String group,
        String clause,
        Localized name,
        List<String> legalBases,
        List<String> legitimateInterests,
        List<String> dataCategories,
        boolean channels) {

    public Purpose {
        legalBases = List.copyOf(legalBases);
        legitimateInterests = List.copyOf(legitimateInterests);
        dataCategories = List.copyOf(dataCategories);
    }

    /** Whether the purpose may rest on the legal basis with this code. */
    public boolean allows(String legalBasis) {
        return legalBases.contains(legalBasis);
    }
}

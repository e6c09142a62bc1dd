package lv.balticom.privacy.core.api.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import lv.balticom.privacy.core.api.Localized;

/**
 * The controller (POL-1, POL-2): printed on letters, reports, the cookie banner and the record of processing.
 *
 * @param name the company's name
 * @param registrationNumber its number in the commercial register
 * @param address the legal address
 * @param privacyEmail where people write about their personal data
 * @param secretariatEmail the secretariat's address
 * @param phone the customer service phone
 * @param website the company's site
 * @param supervisoryAuthority where people may complain (POL-32)
 * @param privacyPolicy the published policy
 */
@Serdeable
public record ControllerProfile(
        String name,
        String registrationNumber,
        Localized address,
        String privacyEmail,
        @Nullable String secretariatEmail,
        @Nullable String phone,
        @Nullable String website,
        SupervisoryAuthority supervisoryAuthority,
        PrivacyPolicyDocument privacyPolicy) {

    /**
     * The supervisory authority.
     *
     * @param name its name
     * @param website its site
     */
    @Serdeable
    public record SupervisoryAuthority(Localized name, @Nullable String website) {
    }

    /**
     * The policy document as published.
     *
     * @param title its title
     * @param edition the edition printed on it
     * @param url where it is published
     */
    @Serdeable
    public record PrivacyPolicyDocument(Localized title, @Nullable String edition, @Nullable String url) {
    }
}

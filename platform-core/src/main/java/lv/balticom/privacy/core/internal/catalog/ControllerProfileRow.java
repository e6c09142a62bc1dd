package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "controller_profile", escape = false)
record ControllerProfileRow(
        @Id int id,
        String name,
        String registrationNumber,
        String addressLv,
        String addressEn,
        String privacyEmail,
        @Nullable String secretariatEmail,
        @Nullable String phone,
        @Nullable String website,
        String authorityNameLv,
        String authorityNameEn,
        @Nullable String authorityWebsite,
        String policyTitleLv,
        String policyTitleEn,
        @Nullable String policyEdition,
        @Nullable String policyUrl) {
}

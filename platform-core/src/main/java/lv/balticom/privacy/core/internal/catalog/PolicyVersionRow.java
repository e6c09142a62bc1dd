package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

@MappedEntity(value = "policy_version", escape = false)
record PolicyVersionRow(@Id String version, LocalDate effectiveFrom, @Nullable String documentUrl) {
}

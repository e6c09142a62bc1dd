package lv.balticom.privacy.core.internal.subject;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity(value = "data_subject", escape = false)
record DataSubjectRow(@Id String id, String typeCode, Instant createdAt, Instant updatedAt) {
}

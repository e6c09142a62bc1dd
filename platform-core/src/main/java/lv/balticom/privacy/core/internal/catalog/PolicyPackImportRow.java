package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity(value = "policy_pack_import", escape = false)
record PolicyPackImportRow(@Id String id, int packVersion, String sha256, String source, Instant importedAt) {
}

package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("policy_pack_import")
record PolicyPackImportRow(@Id String id, int packVersion, String sha256, String source, Instant importedAt) {
}

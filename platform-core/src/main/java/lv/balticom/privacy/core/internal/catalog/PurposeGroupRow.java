package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "catalog_purpose_group", escape = false)
record PurposeGroupRow(@Id String code, int sortOrder, String clause, String nameLv, String nameEn) {
}

package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "catalog_purpose", escape = false)
record PurposeRow(@Id String code, int sortOrder, String groupCode, String clause, String nameLv, String nameEn,
                  boolean channels) {
}

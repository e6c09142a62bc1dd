package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "catalog_source", escape = false)
record SourceRow(@Id String code, int sortOrder, String clause, String nameLv, String nameEn,
                 String examplesLv, String examplesEn) {
}

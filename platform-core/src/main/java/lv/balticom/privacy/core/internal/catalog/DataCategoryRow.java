package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "catalog_data_category", escape = false)
record DataCategoryRow(@Id String code, int number, String clause, String nameLv, String nameEn,
                       String examplesLv, String examplesEn, boolean specialCategory) {
}

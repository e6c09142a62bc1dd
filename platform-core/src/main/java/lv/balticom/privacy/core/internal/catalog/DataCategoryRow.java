package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("catalog_data_category")
record DataCategoryRow(@Id String code, int number, String clause, String nameLv, String nameEn,
                       String examplesLv, String examplesEn, boolean sensitive) {
}

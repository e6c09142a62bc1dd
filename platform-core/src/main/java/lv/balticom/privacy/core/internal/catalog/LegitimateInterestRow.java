package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "catalog_legitimate_interest", escape = false)
record LegitimateInterestRow(@Id String code, int number, String clause, String textLv, String textEn) {
}

package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "catalog_recipient_category", escape = false)
record RecipientCategoryRow(@Id String code, int sortOrder, String clause, String nameLv, String nameEn,
                            String descriptionLv, String descriptionEn) {
}

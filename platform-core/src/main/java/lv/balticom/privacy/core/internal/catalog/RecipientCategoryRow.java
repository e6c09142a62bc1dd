package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("catalog_recipient_category")
record RecipientCategoryRow(@Id String code, int sortOrder, String clause, String nameLv, String nameEn,
                            String descriptionLv, String descriptionEn) {
}

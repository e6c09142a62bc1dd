package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "catalog_subject_type", escape = false)
record SubjectTypeRow(@Id String code, int sortOrder, String clause, String nameLv, String nameEn,
                      String descriptionLv, String descriptionEn) {
}

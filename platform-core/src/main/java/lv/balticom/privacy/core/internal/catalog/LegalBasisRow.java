package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "catalog_legal_basis", escape = false)
record LegalBasisRow(@Id String code, int sortOrder, String clause, String gdprArticle, String nameLv, String nameEn,
                     String descriptionLv, String descriptionEn) {
}

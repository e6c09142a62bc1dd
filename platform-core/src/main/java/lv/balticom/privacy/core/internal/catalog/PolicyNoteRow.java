package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "policy_note", escape = false)
record PolicyNoteRow(@Id int id, String clause, String textLv, String textEn) {
}

package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/**
 * The catalogue tables. One dialect for H2 (MariaDB mode) and MariaDB: see STACK-NOTES.md.
 *
 * <p>The {@code update} methods with an {@code @Id} parameter write only the columns an officer may edit
 * ({@link CatalogEditor}); codes, numbers, clauses and the policy's order stay as the pack set them.
 */
final class CatalogRepositories {

    private CatalogRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ControllerProfiles extends CrudRepository<ControllerProfileRow, Integer> {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface SubjectTypes extends CrudRepository<SubjectTypeRow, String> {
        List<SubjectTypeRow> listOrderBySortOrder();

        void update(@Id String code, String nameLv, String nameEn, String descriptionLv, String descriptionEn);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface LegalBases extends CrudRepository<LegalBasisRow, String> {
        List<LegalBasisRow> listOrderBySortOrder();

        void update(@Id String code, String nameLv, String nameEn, String descriptionLv, String descriptionEn);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface LegitimateInterests extends CrudRepository<LegitimateInterestRow, String> {
        List<LegitimateInterestRow> listOrderByNumber();

        void update(@Id String code, String textLv, String textEn);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Sources extends CrudRepository<SourceRow, String> {
        List<SourceRow> listOrderBySortOrder();

        void update(@Id String code, String nameLv, String nameEn, String examplesLv, String examplesEn);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface RecipientCategories extends CrudRepository<RecipientCategoryRow, String> {
        List<RecipientCategoryRow> listOrderBySortOrder();

        void update(@Id String code, String nameLv, String nameEn, String descriptionLv, String descriptionEn);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface DataCategories extends CrudRepository<DataCategoryRow, String> {
        List<DataCategoryRow> listOrderByNumber();

        void update(@Id String code, String nameLv, String nameEn, String examplesLv, String examplesEn,
                    boolean specialCategory);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PurposeGroups extends CrudRepository<PurposeGroupRow, String> {
        List<PurposeGroupRow> listOrderBySortOrder();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Purposes extends CrudRepository<PurposeRow, String> {
        List<PurposeRow> listOrderBySortOrder();

        void update(@Id String code, String nameLv, String nameEn, boolean channels);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PolicyVersions extends CrudRepository<PolicyVersionRow, String> {
        List<PolicyVersionRow> listOrderByEffectiveFrom();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PolicyNotes extends CrudRepository<PolicyNoteRow, Integer> {
        List<PolicyNoteRow> listOrderById();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PolicyPackImports extends CrudRepository<PolicyPackImportRow, String> {
    }
}

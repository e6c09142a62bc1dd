package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/**
 * The catalogue tables. One dialect for H2 (MariaDB mode) and MariaDB: see STACK-NOTES.md.
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
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface LegalBases extends CrudRepository<LegalBasisRow, String> {
        List<LegalBasisRow> listOrderBySortOrder();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface LegitimateInterests extends CrudRepository<LegitimateInterestRow, String> {
        List<LegitimateInterestRow> listOrderByNumber();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Sources extends CrudRepository<SourceRow, String> {
        List<SourceRow> listOrderBySortOrder();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface RecipientCategories extends CrudRepository<RecipientCategoryRow, String> {
        List<RecipientCategoryRow> listOrderBySortOrder();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface DataCategories extends CrudRepository<DataCategoryRow, String> {
        List<DataCategoryRow> listOrderByNumber();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PurposeGroups extends CrudRepository<PurposeGroupRow, String> {
        List<PurposeGroupRow> listOrderBySortOrder();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Purposes extends CrudRepository<PurposeRow, String> {
        List<PurposeRow> listOrderBySortOrder();
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

package lv.balticom.privacy.core.internal.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The ledger's rows: insert and read only; the API has no way to change or delete one. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEntries extends GenericRepository<AuditEntryRow, Long> {

    AuditEntryRow save(AuditEntryRow row);

    List<AuditEntryRow> findBySeqGreaterThanOrderBySeq(long seq, Pageable pageable);
}

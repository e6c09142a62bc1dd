package lv.balticom.privacy.core.internal.subject;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DataSubjectRows extends CrudRepository<DataSubjectRow, String> {
}

package lv.balticom.privacy.core.internal.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserAccountRows extends CrudRepository<UserAccountRow, String> {

    Optional<UserAccountRow> findByUsername(String username);

    List<UserAccountRow> listOrderByUsername();
}

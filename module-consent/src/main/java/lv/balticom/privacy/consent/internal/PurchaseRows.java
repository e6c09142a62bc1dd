package lv.balticom.privacy.consent.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import lv.balticom.privacy.consent.api.Purchase;

/** The {@code consent_purchase} table. Callers hold the transaction. */
@Singleton
final class PurchaseRows {

    private static final String COLUMNS = "seq, id, subject_id, product_category, purchased_at, prepaid, recorded_at";

    private final JdbcOperations jdbc;

    PurchaseRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A purchase with its sequence number. */
    record Stored(long seq, UUID subjectId, String productCategory, Instant purchasedAt) {
    }

    long insert(Purchase purchase, String actor) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO consent_purchase (id, subject_id, "
                    + "product_category, purchased_at, prepaid, actor, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                statement.setString(1, purchase.id().toString());
                statement.setString(2, purchase.subjectId().toString());
                statement.setString(3, purchase.productCategory());
                statement.setObject(4, Times.toSql(purchase.purchasedAt()));
                statement.setBoolean(5, purchase.prepaid());
                statement.setString(6, actor);
                statement.setObject(7, Times.toSql(purchase.recordedAt()));
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new IllegalStateException("the database gave no sequence number for the purchase");
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    List<Purchase> ofSubject(UUID subject) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM consent_purchase WHERE subject_id = ? "
                + "ORDER BY purchased_at DESC, seq DESC", statement -> {
                    statement.setString(1, subject.toString());
                    List<Purchase> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(purchase(rows));
                        }
                    }
                    return found;
                });
    }

    /** Every purchase recorded at or after the time (all when null), to the consumer. */
    void forEachIndexed(Instant recordedFrom, Consumer<Stored> consumer) {
        String sql = "SELECT seq, subject_id, product_category, purchased_at FROM consent_purchase"
                + (recordedFrom == null ? "" : " WHERE recorded_at >= ?") + " ORDER BY seq";
        jdbc.prepareStatement(sql, statement -> {
            if (recordedFrom != null) {
                statement.setObject(1, Times.toSql(recordedFrom));
            }
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(new Stored(rows.getLong("seq"), UUID.fromString(rows.getString("subject_id")),
                            rows.getString("product_category"), Times.fromSql(rows, "purchased_at")));
                }
            }
            return null;
        });
    }

    private static Purchase purchase(ResultSet row) throws SQLException {
        return new Purchase(UUID.fromString(row.getString("id")), UUID.fromString(row.getString("subject_id")),
                row.getString("product_category"), Times.fromSql(row, "purchased_at"), row.getBoolean("prepaid"),
                Times.fromSql(row, "recorded_at"));
    }
}

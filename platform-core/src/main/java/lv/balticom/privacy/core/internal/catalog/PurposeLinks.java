package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each purpose may rest on and use: its legal bases, legitimate interests and data categories,
 * kept in three link tables with foreign keys on both sides.
 */
@Singleton
final class PurposeLinks {

    /** The three link tables. */
    enum Kind {
        LEGAL_BASIS("catalog_purpose_basis"),
        LEGITIMATE_INTEREST("catalog_purpose_interest"),
        DATA_CATEGORY("catalog_purpose_category");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private final JdbcOperations jdbc;

    PurposeLinks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Links a purpose to codes, in the given order. Runs in the caller's transaction. */
    void insert(Kind kind, String purposeCode, List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO " + kind.table + " (purpose_code, code) VALUES (?, ?)", statement -> {
            for (String code : codes) {
                statement.setString(1, purposeCode);
                statement.setString(2, code);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /**
     * Replaces a purpose's links of one kind with these codes, for an edit. Runs in the caller's
     * transaction, so the purpose is never seen without its links.
     */
    void replace(Kind kind, String purposeCode, List<String> codes) {
        jdbc.prepareStatement("DELETE FROM " + kind.table + " WHERE purpose_code = ?", statement -> {
            statement.setString(1, purposeCode);
            return statement.executeUpdate();
        });
        insert(kind, purposeCode, codes);
    }

    /** Every link of a kind, by purpose code. */
    Map<String, List<String>> all(Kind kind) {
        return jdbc.prepareStatement("SELECT purpose_code, code FROM " + kind.table + " ORDER BY purpose_code, code",
                (PreparedStatement statement) -> {
                    Map<String, List<String>> links = new LinkedHashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            links.computeIfAbsent(rows.getString(1), code -> new ArrayList<>()).add(rows.getString(2));
                        }
                    }
                    return links;
                });
    }
}

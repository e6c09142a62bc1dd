package lv.balticom.privacy.consent.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.balticom.privacy.consent.api.AutomatedDecision;
import lv.balticom.privacy.consent.api.Basis;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.DecisionReview;
import lv.balticom.privacy.consent.api.DecisionStatus;

/** The {@code automated_decision} and {@code decision_review} tables. Callers hold the transaction. */
@Singleton
final class DecisionRows {

    private static final String DECISION = "id, subject_id, kind, outcome, inputs_summary, basis, consent_event_id, decided_at, "
            + "recorded_at, actor, status";
    private static final String REVIEW = "id, decision_id, subject_id, reason, collected_via, status, opened_at, opened_by, "
            + "resolution, note, closed_at, closed_by";

    private final JdbcOperations jdbc;

    DecisionRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AutomatedDecision decision) {
        jdbc.prepareStatement("INSERT INTO automated_decision (" + DECISION + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, decision.id().toString());
            statement.setString(2, decision.subjectId().toString());
            statement.setString(3, decision.kind());
            statement.setString(4, decision.outcome());
            statement.setString(5, decision.inputsSummary());
            statement.setString(6, decision.basis().name());
            ConsentEventRows.setNullable(statement, 7, decision.consentEventId() == null ? null : decision.consentEventId().toString());
            statement.setObject(8, Times.toSql(decision.decidedAt()));
            statement.setObject(9, Times.toSql(decision.recordedAt()));
            statement.setString(10, decision.actor());
            statement.setString(11, decision.status().name());
            return statement.executeUpdate();
        });
    }

    /** Moves a decision from one status to another; false when it was not in the first. */
    boolean changeStatus(UUID decision, DecisionStatus from, DecisionStatus to) {
        return jdbc.prepareStatement("UPDATE automated_decision SET status = ? WHERE id = ? AND status = ?", statement -> {
            statement.setString(1, to.name());
            statement.setString(2, decision.toString());
            statement.setString(3, from.name());
            return statement.executeUpdate() == 1;
        });
    }

    Optional<AutomatedDecision> find(UUID id) {
        List<AutomatedDecision> found = decisions("SELECT " + DECISION + " FROM automated_decision WHERE id = ?", id.toString());
        return found.stream().findFirst();
    }

    List<AutomatedDecision> ofSubject(UUID subject) {
        return decisions("SELECT " + DECISION + " FROM automated_decision WHERE subject_id = ? ORDER BY decided_at DESC, recorded_at DESC",
                subject.toString());
    }

    void insert(DecisionReview review) {
        jdbc.prepareStatement("INSERT INTO decision_review (id, decision_id, subject_id, reason, collected_via, status, opened_at, "
                + "opened_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, review.id().toString());
                    statement.setString(2, review.decisionId().toString());
                    statement.setString(3, review.subjectId().toString());
                    ConsentEventRows.setNullable(statement, 4, review.reason());
                    statement.setString(5, review.collectedVia().name());
                    statement.setString(6, review.status().name());
                    statement.setObject(7, Times.toSql(review.openedAt()));
                    statement.setString(8, review.openedBy());
                    return statement.executeUpdate();
                });
    }

    /** Closes an open review; false when it was not open. */
    boolean close(UUID review, DecisionReview.Resolution resolution, String note, Instant at, String by) {
        return jdbc.prepareStatement("UPDATE decision_review SET status = 'CLOSED', resolution = ?, note = ?, closed_at = ?, "
                + "closed_by = ? WHERE id = ? AND status = 'OPEN'", statement -> {
                    statement.setString(1, resolution.name());
                    ConsentEventRows.setNullable(statement, 2, note);
                    statement.setObject(3, Times.toSql(at));
                    statement.setString(4, by);
                    statement.setString(5, review.toString());
                    return statement.executeUpdate() == 1;
                });
    }

    Optional<DecisionReview> findReview(UUID id) {
        return reviews("SELECT " + REVIEW + " FROM decision_review WHERE id = ?", id.toString()).stream().findFirst();
    }

    List<DecisionReview> reviews(DecisionReview.Status status) {
        if (status == null) {
            return reviews("SELECT " + REVIEW + " FROM decision_review ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, opened_at");
        }
        return reviews("SELECT " + REVIEW + " FROM decision_review WHERE status = ? ORDER BY opened_at", status.name());
    }

    private List<AutomatedDecision> decisions(String sql, String parameter) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, parameter);
            List<AutomatedDecision> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(decision(rows));
                }
            }
            return found;
        });
    }

    private List<DecisionReview> reviews(String sql, String... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<DecisionReview> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(review(rows));
                }
            }
            return found;
        });
    }

    private static AutomatedDecision decision(ResultSet row) throws SQLException {
        String consent = row.getString("consent_event_id");
        return new AutomatedDecision(UUID.fromString(row.getString("id")), UUID.fromString(row.getString("subject_id")),
                row.getString("kind"), row.getString("outcome"), row.getString("inputs_summary"), Basis.valueOf(row.getString("basis")),
                consent == null ? null : UUID.fromString(consent), Times.fromSql(row, "decided_at"), Times.fromSql(row, "recorded_at"),
                row.getString("actor"), DecisionStatus.valueOf(row.getString("status")));
    }

    private static DecisionReview review(ResultSet row) throws SQLException {
        String resolution = row.getString("resolution");
        return new DecisionReview(UUID.fromString(row.getString("id")), UUID.fromString(row.getString("decision_id")),
                UUID.fromString(row.getString("subject_id")), row.getString("reason"),
                CollectionMethod.valueOf(row.getString("collected_via")), DecisionReview.Status.valueOf(row.getString("status")),
                Times.fromSql(row, "opened_at"), row.getString("opened_by"),
                resolution == null ? null : DecisionReview.Resolution.valueOf(resolution), row.getString("note"),
                Times.fromSql(row, "closed_at"), row.getString("closed_by"));
    }
}

package lv.balticom.privacy.dsar.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.balticom.privacy.dsar.api.DataSubjectRequest.Candidate;
import lv.balticom.privacy.dsar.api.DataSubjectRequest.HistoryEntry;
import lv.balticom.privacy.dsar.api.DeliveryMethod;
import lv.balticom.privacy.dsar.api.DocumentType;
import lv.balticom.privacy.dsar.api.HistoryEvent;
import lv.balticom.privacy.dsar.api.IdentityMethod;
import lv.balticom.privacy.dsar.api.ReceivedVia;
import lv.balticom.privacy.dsar.api.RequestStatus;
import lv.balticom.privacy.dsar.api.RequestType;

/** The {@code dsar_request}, {@code dsar_request_candidate} and {@code dsar_request_history} tables. Callers hold the transaction. */
@Singleton
final class RequestRows {

    private static final String COLUMNS = "id, type, status, subject_id, requester_name, requester_email, requester_phone, "
            + "requester_postal_address, id_customer_number, id_email, id_phone, id_personal_code, received_via, received_at, "
            + "received_on, delivery_method, details, due_on, paused_days, waiting_since, extension_months, identity_method, "
            + "identity_document_type, identity_document_last4, identity_signature_result, identity_reference, "
            + "identity_verified_by, identity_verified_at, created_by, created_at, version";

    private final JdbcOperations jdbc;

    RequestRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RequestRow row) {
        jdbc.prepareStatement("INSERT INTO dsar_request (" + COLUMNS + ") VALUES (" + "?, ".repeat(30) + "?)", statement -> {
            int i = 1;
            statement.setString(i++, row.id.toString());
            statement.setString(i++, row.type.name());
            statement.setString(i++, row.status.name());
            setString(statement, i++, row.subjectId == null ? null : row.subjectId.toString());
            statement.setString(i++, row.requesterName);
            setString(statement, i++, row.requesterEmail);
            setString(statement, i++, row.requesterPhone);
            setString(statement, i++, row.requesterPostalAddress);
            setString(statement, i++, row.idCustomerNumber);
            setString(statement, i++, row.idEmail);
            setString(statement, i++, row.idPhone);
            setString(statement, i++, row.idPersonalCode);
            statement.setString(i++, row.receivedVia.name());
            statement.setObject(i++, Times.toSql(row.receivedAt));
            statement.setObject(i++, row.receivedOn);
            statement.setString(i++, row.deliveryMethod.name());
            setString(statement, i++, row.details);
            i = setState(statement, i, row);
            statement.setString(i++, row.createdBy);
            statement.setObject(i++, Times.toSql(row.createdAt));
            statement.setInt(i, row.version);
            return statement.executeUpdate();
        });
    }

    /** Writes the changeable columns of a row read at {@code row.version}; false when someone changed it since. */
    boolean update(RequestRow row) {
        return jdbc.prepareStatement("UPDATE dsar_request SET due_on = ?, paused_days = ?, waiting_since = ?, extension_months = ?, "
                + "identity_method = ?, identity_document_type = ?, identity_document_last4 = ?, identity_signature_result = ?, "
                + "identity_reference = ?, identity_verified_by = ?, identity_verified_at = ?, status = ?, subject_id = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?", statement -> {
                    int i = setState(statement, 1, row);
                    statement.setString(i++, row.status.name());
                    setString(statement, i++, row.subjectId == null ? null : row.subjectId.toString());
                    statement.setString(i++, row.id.toString());
                    statement.setInt(i, row.version);
                    return statement.executeUpdate() == 1;
                });
    }

    /** due_on .. identity_verified_at, in the order of the insert; answers the next index. */
    private static int setState(PreparedStatement statement, int first, RequestRow row) throws SQLException {
        int i = first;
        statement.setObject(i++, row.dueOn);
        statement.setLong(i++, row.pausedDays);
        statement.setObject(i++, row.waitingSince);
        if (row.extensionMonths == null) {
            statement.setNull(i++, Types.INTEGER);
        } else {
            statement.setInt(i++, row.extensionMonths);
        }
        setString(statement, i++, row.identityMethod == null ? null : row.identityMethod.name());
        setString(statement, i++, row.identityDocumentType == null ? null : row.identityDocumentType.name());
        setString(statement, i++, row.identityDocumentLast4);
        setString(statement, i++, row.identitySignatureResult);
        setString(statement, i++, row.identityReference);
        setString(statement, i++, row.identityVerifiedBy);
        statement.setObject(i++, Times.toSql(row.identityVerifiedAt));
        return i;
    }

    Optional<RequestRow> find(UUID id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM dsar_request WHERE id = ?", statement -> {
            statement.setString(1, id.toString());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.<RequestRow>empty();
            }
        });
    }

    /**
     * A page of requests, soonest deadline first.
     *
     * @param status only this status, or null
     * @param dueOnOrBefore only those due on or before this day, or null
     * @param overdueOn only open, running requests due before this day, or null
     */
    Page page(RequestStatus status, LocalDate dueOnOrBefore, LocalDate overdueOn, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (status != null) {
            where.append(" AND status = ?");
            parameters.add(status.name());
        }
        if (dueOnOrBefore != null) {
            where.append(" AND due_on <= ?");
            parameters.add(dueOnOrBefore);
        }
        if (overdueOn != null) {
            where.append(" AND due_on < ? AND status NOT IN ('WAITING_FOR_REQUESTER', 'COMPLETED', 'PARTLY_COMPLETED', 'REFUSED')");
            parameters.add(overdueOn);
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM dsar_request" + where, statement -> {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        List<RequestRow> items = jdbc.prepareStatement("SELECT " + COLUMNS + " FROM dsar_request" + where
                + " ORDER BY due_on, received_at, id LIMIT ? OFFSET ?", statement -> {
                    bind(statement, parameters);
                    statement.setInt(parameters.size() + 1, size);
                    statement.setLong(parameters.size() + 2, (long) page * size);
                    List<RequestRow> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(row(rows));
                        }
                    }
                    return found;
                });
        return new Page(items, total);
    }

    /** A page of rows and the count of all that match. */
    record Page(List<RequestRow> rows, long total) {
    }

    void insertCandidate(UUID request, Candidate candidate) {
        jdbc.prepareStatement("INSERT INTO dsar_request_candidate (request_id, subject_id, matched_by) VALUES (?, ?, ?)", statement -> {
            statement.setString(1, request.toString());
            statement.setString(2, candidate.subjectId().toString());
            statement.setString(3, candidate.matchedBy());
            return statement.executeUpdate();
        });
    }

    List<Candidate> candidates(UUID request) {
        return jdbc.prepareStatement("SELECT subject_id, matched_by FROM dsar_request_candidate WHERE request_id = ? ORDER BY subject_id",
                statement -> {
                    statement.setString(1, request.toString());
                    List<Candidate> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(new Candidate(UUID.fromString(rows.getString(1)), rows.getString(2)));
                        }
                    }
                    return found;
                });
    }

    void insertHistory(UUID request, HistoryEntry entry) {
        jdbc.prepareStatement("INSERT INTO dsar_request_history (request_id, event, status, due_on, note, actor, at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, request.toString());
                    statement.setString(2, entry.event().name());
                    statement.setString(3, entry.status().name());
                    statement.setObject(4, entry.dueAt());
                    setString(statement, 5, entry.note());
                    statement.setString(6, entry.actor());
                    statement.setObject(7, Times.toSql(entry.at()));
                    return statement.executeUpdate();
                });
    }

    List<HistoryEntry> history(UUID request) {
        return jdbc.prepareStatement("SELECT event, status, due_on, note, actor, at FROM dsar_request_history WHERE request_id = ? "
                + "ORDER BY seq", statement -> {
                    statement.setString(1, request.toString());
                    List<HistoryEntry> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(new HistoryEntry(HistoryEvent.valueOf(rows.getString("event")),
                                    RequestStatus.valueOf(rows.getString("status")), Times.day(rows, "due_on"), rows.getString("note"),
                                    rows.getString("actor"), Times.fromSql(rows, "at")));
                        }
                    }
                    return found;
                });
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static RequestRow row(ResultSet rows) throws SQLException {
        RequestRow row = new RequestRow();
        row.id = UUID.fromString(rows.getString("id"));
        row.type = RequestType.valueOf(rows.getString("type"));
        row.status = RequestStatus.valueOf(rows.getString("status"));
        String subject = rows.getString("subject_id");
        row.subjectId = subject == null ? null : UUID.fromString(subject);
        row.requesterName = rows.getString("requester_name");
        row.requesterEmail = rows.getString("requester_email");
        row.requesterPhone = rows.getString("requester_phone");
        row.requesterPostalAddress = rows.getString("requester_postal_address");
        row.idCustomerNumber = rows.getString("id_customer_number");
        row.idEmail = rows.getString("id_email");
        row.idPhone = rows.getString("id_phone");
        row.idPersonalCode = rows.getString("id_personal_code");
        row.receivedVia = ReceivedVia.valueOf(rows.getString("received_via"));
        row.receivedAt = Times.fromSql(rows, "received_at");
        row.receivedOn = Times.day(rows, "received_on");
        row.deliveryMethod = DeliveryMethod.valueOf(rows.getString("delivery_method"));
        row.details = rows.getString("details");
        row.dueOn = Times.day(rows, "due_on");
        row.pausedDays = rows.getLong("paused_days");
        row.waitingSince = Times.day(rows, "waiting_since");
        int months = rows.getInt("extension_months");
        row.extensionMonths = rows.wasNull() ? null : months;
        String method = rows.getString("identity_method");
        row.identityMethod = method == null ? null : IdentityMethod.valueOf(method);
        String document = rows.getString("identity_document_type");
        row.identityDocumentType = document == null ? null : DocumentType.valueOf(document);
        row.identityDocumentLast4 = rows.getString("identity_document_last4");
        row.identitySignatureResult = rows.getString("identity_signature_result");
        row.identityReference = rows.getString("identity_reference");
        row.identityVerifiedBy = rows.getString("identity_verified_by");
        row.identityVerifiedAt = Times.fromSql(rows, "identity_verified_at");
        row.createdBy = rows.getString("created_by");
        row.createdAt = Times.fromSql(rows, "created_at");
        row.version = rows.getInt("version");
        return row;
    }
}

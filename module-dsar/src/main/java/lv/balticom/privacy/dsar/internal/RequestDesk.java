package lv.balticom.privacy.dsar.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.subject.DataSubject;
import lv.balticom.privacy.core.api.subject.IdentifierKind;
import lv.balticom.privacy.core.api.subject.SubjectDirectory;
import lv.balticom.privacy.dsar.api.DataSubjectRequest;
import lv.balticom.privacy.dsar.api.DataSubjectRequest.Candidate;
import lv.balticom.privacy.dsar.api.DataSubjectRequest.HistoryEntry;
import lv.balticom.privacy.dsar.api.DeliveryMethod;
import lv.balticom.privacy.dsar.api.HistoryEvent;
import lv.balticom.privacy.dsar.api.IdentityMethod;
import lv.balticom.privacy.dsar.api.RequestStatus;

/**
 * Takes in data subject requests and keeps their state and legal clock (POL-26, POL-28..30, GDPR Art. 12(3)).
 * Every state change writes one history row and one audit ledger entry in the same transaction; a refused
 * change writes nothing.
 */
@Singleton
public class RequestDesk {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;
    private static final Pattern LAST4 = Pattern.compile("^[A-Za-z0-9]{4}$");
    private static final String TARGET = "dsar-request";

    private final RequestRows rows;
    private final SubjectDirectory subjects;
    private final DeadlineCalendar calendar;
    private final AuditLedger audit;
    private final Clock clock;

    RequestDesk(RequestRows rows, SubjectDirectory subjects, DeadlineCalendar calendar, AuditLedger audit, Clock clock) {
        this.rows = rows;
        this.subjects = subjects;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DataSubjectRequest receive(Actor actor, NewRequest sent) {
        Objects.requireNonNull(actor, "actor is null");
        Instant now = Times.micros(clock.instant());
        RequestRow row = new RequestRow();
        row.id = UUID.randomUUID();
        row.type = required(sent.type(), "type");
        row.requesterName = text(sent.name(), "requester.name", MAX_NAME);
        if (row.requesterName == null) {
            throw ProblemException.invalid("requester.name", "is required: the requester’s name");
        }
        row.requesterEmail = email(sent.email(), "requester.email");
        row.requesterPhone = text(sent.phone(), "requester.phone", 32);
        row.requesterPostalAddress = text(sent.postalAddress(), "requester.postalAddress", 500);
        row.receivedVia = required(sent.receivedVia(), "receivedVia");
        row.deliveryMethod = required(sent.deliveryMethod(), "deliveryMethod");
        if (row.deliveryMethod == DeliveryMethod.REGISTERED_LETTER && row.requesterPostalAddress == null) {
            throw ProblemException.invalid("requester.postalAddress", "is required when the answer goes by registered letter (POL-30)");
        }
        row.receivedAt = sent.receivedAt() == null ? now : Times.micros(sent.receivedAt());
        if (row.receivedAt.isAfter(now)) {
            throw ProblemException.invalid("receivedAt", "must not lie in the future");
        }
        row.details = text(sent.details(), "details", MAX_TEXT);
        row.idCustomerNumber = text(sent.customerNumber(), "requester.identifiers.customerNumber", 64);
        row.idEmail = email(sent.identifierEmail(), "requester.identifiers.email");
        row.idPhone = text(sent.identifierPhone(), "requester.identifiers.phone", 32);
        row.idPersonalCode = text(sent.personalCode(), "requester.identifiers.personalCode", 16);
        List<Candidate> candidates = match(row);
        if (sent.subjectId() != null) {
            subjects.find(sent.subjectId())
                    .orElseThrow(() -> ProblemException.invalid("subjectId", "No data subject has this id."));
            row.subjectId = sent.subjectId();
            candidates = List.of();
        } else if (candidates.size() == 1) {
            row.subjectId = candidates.get(0).subjectId();
            candidates = List.of();
        }
        row.receivedOn = Times.rigaDay(row.receivedAt);
        row.status = RequestStatus.RECEIVED;
        row.dueOn = calendar.dueDate(row.receivedOn);
        row.createdBy = actor.auditName();
        row.createdAt = now;
        rows.insert(row);
        for (Candidate candidate : candidates) {
            rows.insertCandidate(row.id, candidate);
        }
        Map<String, String> details = new TreeMap<>();
        details.put("type", row.type.name());
        details.put("receivedVia", row.receivedVia.name());
        details.put("deliveryMethod", row.deliveryMethod.name());
        details.put("candidates", Integer.toString(candidates.size()));
        record(actor, row, HistoryEvent.RECEIVED, null, now, details);
        return view(row, true);
    }

    @Transactional
    public DataSubjectRequest linkSubject(Actor actor, UUID id, UUID subjectId) {
        RequestRow before = open(id);
        if (subjectId == null) {
            throw ProblemException.invalid("subjectId", "is required: the data subject the request concerns");
        }
        if (before.subjectId != null) {
            throw ProblemException.conflict("subjectId", "The request is linked to a data subject already.");
        }
        DataSubject subject = subjects.find(subjectId)
                .orElseThrow(() -> ProblemException.invalid("subjectId", "No data subject has this id."));
        RequestRow after = before.copy();
        after.subjectId = subject.id();
        boolean candidate = rows.candidates(id).stream().anyMatch(found -> found.subjectId().equals(subjectId));
        return change(actor, before, after, HistoryEvent.SUBJECT_LINKED, null,
                Map.of("amongCandidates", Boolean.toString(candidate)));
    }

    @Transactional
    public DataSubjectRequest verifyIdentity(Actor actor, UUID id, IdentityEvidence evidence) {
        RequestRow before = open(id);
        Instant now = Times.micros(clock.instant());
        IdentityMethod method = required(evidence.method(), "method");
        IdentityMethod expected = before.receivedVia.identityMethod();
        if (method != expected) {
            throw ProblemException.invalid("method", "must be " + expected + " for a request received via " + before.receivedVia
                    + " (POL-28)");
        }
        if (before.identityMethod != null) {
            throw ProblemException.conflict("method", "Identity has been verified already.");
        }
        RequestRow after = before.copy();
        after.identityMethod = method;
        switch (method) {
            case DOCUMENT -> {
                after.identityDocumentType = required(evidence.documentType(), "documentType");
                String last4 = evidence.documentNumberLast4() == null ? "" : evidence.documentNumberLast4().strip();
                if (!LAST4.matcher(last4).matches()) {
                    throw ProblemException.invalid("documentNumberLast4",
                            "is required: exactly the last 4 letters or digits of the document’s number, never the whole number");
                }
                after.identityDocumentLast4 = last4.toUpperCase(Locale.ROOT);
                notGiven(evidence.signatureResult(), "signatureResult", method);
            }
            case E_SIGNATURE -> {
                String result = evidence.signatureResult() == null ? "" : evidence.signatureResult().strip();
                if (!List.of("VALID", "INVALID", "INDETERMINATE").contains(result)) {
                    throw ProblemException.invalid("signatureResult", "must be one of VALID, INVALID, INDETERMINATE");
                }
                if (!result.equals("VALID")) {
                    throw ProblemException.conflict("signatureResult", "Only a valid secure e-signature verifies identity (POL-28.2); "
                            + "ask the requester to sign again or to come in person.");
                }
                after.identitySignatureResult = result;
                notGiven(evidence.documentType(), "documentType", method);
                notGiven(evidence.documentNumberLast4(), "documentNumberLast4", method);
            }
            case PORTAL_SIGN_IN -> {
                if (text(evidence.reference(), "reference", MAX_NAME) == null) {
                    throw ProblemException.invalid("reference", "is required: the portal sign-in (session or account reference)");
                }
                notGiven(evidence.documentType(), "documentType", method);
                notGiven(evidence.documentNumberLast4(), "documentNumberLast4", method);
                notGiven(evidence.signatureResult(), "signatureResult", method);
            }
            default -> throw new IllegalStateException("unknown method " + method);
        }
        after.identityReference = text(evidence.reference(), "reference", MAX_NAME);
        Instant verifiedAt = evidence.verifiedAt() == null ? now : Times.micros(evidence.verifiedAt());
        if (verifiedAt.isAfter(now)) {
            throw ProblemException.invalid("verifiedAt", "must not lie in the future");
        }
        if (verifiedAt.isBefore(before.receivedAt)) {
            throw ProblemException.invalid("verifiedAt", "must not be before the request was received");
        }
        after.identityVerifiedAt = verifiedAt;
        after.identityVerifiedBy = actor.auditName();
        if (after.status == RequestStatus.RECEIVED) {
            after.status = RequestStatus.IDENTITY_VERIFIED;
        }
        return change(actor, before, after, HistoryEvent.IDENTITY_VERIFIED, null, Map.of("method", method.name()));
    }

    @Transactional
    public DataSubjectRequest waiting(Actor actor, UUID id, String reason, Instant askedAt) {
        RequestRow before = open(id);
        String why = text(reason, "reason", MAX_TEXT);
        if (why == null) {
            throw ProblemException.invalid("reason", "is required: what was asked of the requester");
        }
        if (before.status == RequestStatus.WAITING_FOR_REQUESTER) {
            throw ProblemException.conflict("status", "The request is waiting for the requester already.");
        }
        LocalDate since = Times.rigaDay(moment(askedAt, "askedAt", before.receivedAt));
        RequestRow after = before.copy();
        after.status = RequestStatus.WAITING_FOR_REQUESTER;
        after.waitingSince = since;
        return change(actor, before, after, HistoryEvent.WAITING_FOR_REQUESTER, why, Map.of());
    }

    @Transactional
    public DataSubjectRequest resumed(Actor actor, UUID id, String note, Instant answeredAt) {
        RequestRow before = open(id);
        String text = text(note, "note", MAX_TEXT);
        if (before.status != RequestStatus.WAITING_FOR_REQUESTER) {
            throw ProblemException.conflict("status", "The request is not waiting for the requester.");
        }
        LocalDate on = Times.rigaDay(moment(answeredAt, "answeredAt", before.receivedAt));
        if (on.isBefore(before.waitingSince)) {
            throw ProblemException.invalid("answeredAt", "must not be before the day the information was asked for");
        }
        RequestRow after = before.copy();
        after.pausedDays = before.pausedDays + ChronoUnit.DAYS.between(before.waitingSince, on);
        after.waitingSince = null;
        after.status = before.identityMethod == null ? RequestStatus.RECEIVED : RequestStatus.IDENTITY_VERIFIED;
        after.dueOn = due(after, after.pausedDays);
        return change(actor, before, after, HistoryEvent.RESUMED, text,
                Map.of("pausedDays", Long.toString(after.pausedDays - before.pausedDays)));
    }

    @Transactional
    public DataSubjectRequest extend(Actor actor, UUID id, Integer months, String reasons) {
        RequestRow before = open(id);
        if (months == null || (months != 1 && months != 2)) {
            throw ProblemException.invalid("months", "must be 1 or 2: the GDPR allows up to two further months (Art. 12(3))");
        }
        String why = text(reasons, "reasons", MAX_TEXT);
        if (why == null) {
            throw ProblemException.invalid("reasons", "is required: the requester is told why (GDPR Art. 12(3))");
        }
        if (before.extensionMonths != null) {
            throw ProblemException.conflict("months", "The deadline has been extended once already; it can be extended only once.");
        }
        long paused = pausedToday(before);
        LocalDate firstMonthEnds = calendar.dueDate(before.receivedOn, paused);
        if (today().isAfter(firstMonthEnds)) {
            throw ProblemException.conflict("months", "The first month ended on " + firstMonthEnds
                    + "; an extension must be given within it (GDPR Art. 12(3)).");
        }
        RequestRow after = before.copy();
        after.extensionMonths = months;
        after.dueOn = calendar.extendedDueDate(before.receivedOn, months, after.pausedDays);
        DataSubjectRequest view = change(actor, before, after, HistoryEvent.EXTENDED, why, Map.of("months", months.toString()));
        Instant now = Times.micros(clock.instant());
        // The requester reads this letter: Latvian first, then English.
        String letter = "Paziņojums par termiņa pagarinājumu (" + after.deliveryMethod + "): atbildi sniegsim līdz " + after.dueOn
                + " (VDAR 12. panta 3. punkts). Iemesli: " + why + "\n"
                + "Extension notice (" + after.deliveryMethod + "): the answer is due by " + after.dueOn
                + " (GDPR Art. 12(3)). Reasons: " + why;
        rows.insertHistory(after.id, new HistoryEntry(HistoryEvent.LETTER, after.status, after.dueOn, letter, actor.auditName(), now));
        audit.append(new AuditRecord(actor, "request.letter", Optional.ofNullable(after.subjectId), TARGET, after.id.toString(),
                Map.of("letter", "extension-notice", "deliveryMethod", after.deliveryMethod.name())));
        return find(view.id());
    }

    @ReadOnly
    public DataSubjectRequest find(UUID id) {
        return view(rows.find(id).orElseThrow(() -> ProblemException.notFound("id", "No request has this id.")), true);
    }

    @ReadOnly
    public PageView<DataSubjectRequest> list(RequestStatus status, LocalDate dueBefore, boolean overdue, int page, int size) {
        RequestRows.Page found = rows.page(status, dueBefore, overdue ? today() : null, page, size);
        return new PageView<>(found.rows().stream().map(row -> view(row, false)).toList(), page, size, found.total());
    }

    private RequestRow open(UUID id) {
        RequestRow row = rows.find(id).orElseThrow(() -> ProblemException.notFound("id", "No request has this id."));
        if (row.status.closed()) {
            throw ProblemException.conflict("status", "The request is closed (" + row.status + ") and cannot change.");
        }
        return row;
    }

    private DataSubjectRequest change(Actor actor, RequestRow before, RequestRow after, HistoryEvent event, String note,
                                      Map<String, String> extra) {
        if (!rows.update(after)) {
            throw ProblemException.conflict("id", "The request was changed by someone else meanwhile; reload it and try again.");
        }
        after.version = before.version + 1;
        Map<String, String> details = new TreeMap<>(extra);
        record(actor, after, event, note, Times.micros(clock.instant()), details);
        return view(after, true);
    }

    /** One history row and one audit entry for a state change. */
    private void record(Actor actor, RequestRow row, HistoryEvent event, String note, Instant at, Map<String, String> details) {
        rows.insertHistory(row.id, new HistoryEntry(event, row.status, row.dueOn, note, actor.auditName(), at));
        details.put("status", row.status.name());
        details.put("dueAt", row.dueOn.toString());
        audit.append(new AuditRecord(actor, "request." + event.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                Optional.ofNullable(row.subjectId), TARGET, row.id.toString(), details));
    }

    private List<Candidate> match(RequestRow row) {
        Map<UUID, List<String>> matches = new LinkedHashMap<>();
        find(IdentifierKind.CUSTOMER_NUMBER, row.idCustomerNumber, matches);
        find(IdentifierKind.EMAIL, row.idEmail, matches);
        find(IdentifierKind.PHONE, row.idPhone, matches);
        find(IdentifierKind.PERSONAL_CODE, row.idPersonalCode, matches);
        List<Candidate> candidates = new ArrayList<>();
        matches.forEach((subject, kinds) -> candidates.add(new Candidate(subject, String.join(",", kinds))));
        return candidates;
    }

    private void find(IdentifierKind kind, String value, Map<UUID, List<String>> matches) {
        if (value == null) {
            return;
        }
        List<DataSubject> found;
        try {
            found = subjects.findBy(kind, value);
        } catch (ProblemException e) {
            throw ProblemException.invalid("requester.identifiers." + kind.field(), "is not a valid " + kind.field());
        }
        found.forEach(subject -> matches.computeIfAbsent(subject.id(), key -> new ArrayList<>()).add(kind.field()));
    }

    private DataSubjectRequest view(RequestRow row, boolean full) {
        long paused = pausedToday(row);
        LocalDate due = row.status == RequestStatus.WAITING_FOR_REQUESTER ? due(row, paused) : row.dueOn;
        boolean overdue = !row.status.closed() && row.status != RequestStatus.WAITING_FOR_REQUESTER && today().isAfter(due);
        DataSubjectRequest.Identity identity = row.identityMethod == null ? null : new DataSubjectRequest.Identity(row.identityMethod,
                row.identityDocumentType, row.identityDocumentLast4, row.identitySignatureResult, row.identityReference,
                row.identityVerifiedBy, row.identityVerifiedAt);
        return new DataSubjectRequest(row.id, row.type, row.status, row.subjectId, full ? rows.candidates(row.id) : List.of(),
                new DataSubjectRequest.Requester(row.requesterName, row.requesterEmail, row.requesterPhone, row.requesterPostalAddress,
                        new DataSubjectRequest.Identifiers(row.idCustomerNumber, row.idEmail, row.idPhone, row.idPersonalCode)),
                row.receivedVia, row.receivedAt, row.deliveryMethod, row.details, due, overdue, paused, row.waitingSince,
                row.extensionMonths, identity, full ? rows.history(row.id) : List.of());
    }

    private LocalDate due(RequestRow row, long paused) {
        return row.extensionMonths == null ? calendar.dueDate(row.receivedOn, paused)
                : calendar.extendedDueDate(row.receivedOn, row.extensionMonths, paused);
    }

    /** The paused days, a pause still running counted up to today. */
    private long pausedToday(RequestRow row) {
        if (row.waitingSince == null) {
            return row.pausedDays;
        }
        return row.pausedDays + Math.max(0, ChronoUnit.DAYS.between(row.waitingSince, today()));
    }

    private LocalDate today() {
        return Times.rigaDay(clock.instant());
    }

    private Instant moment(Instant sent, String field, Instant receivedAt) {
        Instant now = Times.micros(clock.instant());
        Instant at = sent == null ? now : Times.micros(sent);
        if (at.isAfter(now)) {
            throw ProblemException.invalid(field, "must not lie in the future");
        }
        if (at.isBefore(receivedAt)) {
            throw ProblemException.invalid(field, "must not be before the request was received");
        }
        return at;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ProblemException.invalid(field, "is required");
        }
        return value;
    }

    private static void notGiven(Object value, String field, IdentityMethod method) {
        if (value != null) {
            throw ProblemException.invalid(field, "must not be given for " + method);
        }
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw ProblemException.invalid(field, "must be at most " + max + " characters");
        }
        return stripped;
    }

    private static String email(String value, String field) {
        String text = text(value, field, 254);
        if (text == null) {
            return null;
        }
        int at = text.indexOf('@');
        if (at < 1 || at == text.length() - 1 || text.chars().anyMatch(Character::isWhitespace)) {
            throw ProblemException.invalid(field, "must be an e-mail address");
        }
        return text.toLowerCase(Locale.ROOT);
    }
}

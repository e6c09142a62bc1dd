package lv.balticom.privacy.consent.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.ConsentChanged;
import lv.balticom.privacy.consent.api.ConsentEvent;
import lv.balticom.privacy.consent.api.ConsentLedger;
import lv.balticom.privacy.consent.api.ConsentPurposes;
import lv.balticom.privacy.consent.api.ConsentReceipt;
import lv.balticom.privacy.consent.api.ConsentState;
import lv.balticom.privacy.consent.api.Decision;
import lv.balticom.privacy.consent.api.NewConsent;
import lv.balticom.privacy.consent.api.OptOut;
import lv.balticom.privacy.consent.api.OptOutResult;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Paging;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.ControllerProfile;
import lv.balticom.privacy.core.api.catalog.LegalBasis;
import lv.balticom.privacy.core.api.catalog.PolicyVersion;
import lv.balticom.privacy.core.api.catalog.Purpose;

/**
 * The consent ledger: checks what it is given against the catalogue, writes the event and its audit entry
 * in one transaction ({@link ConsentWriter}: with other writes that arrive together), and after the commit
 * puts the event into the {@link ConsentIndex} (so that every check answers by it once the call returns)
 * and publishes {@link ConsentChanged}.
 */
@Singleton
public class ConsentLedgerService implements ConsentLedger {

    /** The purposes an opt-out withdraws (POL-44, POL-46): every commercial notice. */
    static final List<String> COMMERCIAL = List.of(ConsentPurposes.COMMERCIAL_NOTICES, ConsentPurposes.PARTNER_COMMERCIAL_NOTICES);

    static final int MAX_EVIDENCE = 1000;
    static final int MAX_RECORDED_BY = 200;

    private final ConsentEventRows rows;
    private final ConsentIndex index;
    private final KnownSubjects subjects;
    private final Catalog catalog;
    private final AuditLedger audit;
    private final ConsentWriter writer;
    private final ApplicationEventPublisher<ConsentChanged> publisher;
    private final Clock clock;

    ConsentLedgerService(ConsentEventRows rows, ConsentIndex index, KnownSubjects subjects, Catalog catalog, AuditLedger audit,
                         ConsentWriter writer, ApplicationEventPublisher<ConsentChanged> publisher, Clock clock) {
        this.rows = rows;
        this.index = index;
        this.subjects = subjects;
        this.catalog = catalog;
        this.audit = audit;
        this.writer = writer;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public ConsentEvent record(Actor actor, UUID subjectId, NewConsent consent) {
        Objects.requireNonNull(actor, "actor is null");
        Objects.requireNonNull(subjectId, "subjectId is null");
        Objects.requireNonNull(consent, "consent is null");
        Instant now = Times.micros(clock.instant());
        Purpose purpose = consentPurpose(consent.purpose(), "purpose");
        Channel channel = consent.channel();
        if (purpose.channels() && channel == null) {
            throw ProblemException.invalid("channel", "is required: " + purpose.code() + " is given per channel (one of "
                    + names(Channel.values()) + ")");
        }
        if (!purpose.channels() && channel != null) {
            throw ProblemException.invalid("channel", "must be left out: " + purpose.code() + " is not given per channel");
        }
        if (consent.decision() == null) {
            throw ProblemException.invalid("decision", "is required: GRANTED or WITHDRAWN");
        }
        CollectionMethod via = required(consent.collectedVia(), "collectedVia");
        String evidence = text(consent.evidence(), "evidence", MAX_EVIDENCE);
        String recordedBy = text(consent.recordedBy(), "recordedBy", MAX_RECORDED_BY);
        Instant occurredAt = occurredAt(consent.occurredAt(), now);
        String policyVersion = policyVersion(consent.policyVersion(), occurredAt);
        subjects.require(subjectId, "id");

        ConsentEvent event = new ConsentEvent(UUID.randomUUID(), subjectId, purpose.code(), channel, consent.decision(), via,
                evidence, recordedBy, actor.auditName(), occurredAt, now, policyVersion, null);
        writer.write(() -> {
            long seq = rows.insert(event);
            audit.append(AuditRecord.aboutSubject(actor, event.decision() == Decision.GRANTED ? "consent.granted"
                    : "consent.withdrawn", subjectId, details(event)));
            return List.of(new ConsentEventRows.Stored(seq, event));
        }, this::applied);
        return event;
    }

    @Override
    public OptOutResult optOut(Actor actor, UUID subjectId, OptOut optOut) {
        Objects.requireNonNull(actor, "actor is null");
        Objects.requireNonNull(subjectId, "subjectId is null");
        Objects.requireNonNull(optOut, "optOut is null");
        Instant now = Times.micros(clock.instant());
        CollectionMethod via = required(optOut.collectedVia(), "collectedVia");
        String evidence = text(optOut.evidence(), "evidence", MAX_EVIDENCE);
        String recordedBy = text(optOut.recordedBy(), "recordedBy", MAX_RECORDED_BY);
        Instant occurredAt = occurredAt(optOut.occurredAt(), now);
        String policyVersion = policyVersion(null, occurredAt);
        subjects.require(subjectId, "id");

        UUID optOutId = UUID.randomUUID();
        List<Channel> channels = optOut.channel() == null ? List.of(Channel.values()) : List.of(optOut.channel());
        List<ConsentEvent> events = new ArrayList<>();
        for (String code : COMMERCIAL) {
            Optional<Purpose> purpose = catalog.purpose(code);
            if (purpose.isEmpty() || !purpose.get().channels()) {
                continue; // a catalogue without the purpose: nothing to withdraw
            }
            for (Channel channel : channels) {
                events.add(new ConsentEvent(UUID.randomUUID(), subjectId, code, channel, Decision.WITHDRAWN, via,
                        evidence, recordedBy, actor.auditName(), occurredAt, now, policyVersion, optOutId));
            }
        }
        Map<String, String> details = new TreeMap<>();
        details.put("optOut", optOutId.toString());
        details.put("channel", optOut.channel() == null ? "ALL" : optOut.channel().name());
        details.put("collectedVia", via.name());
        details.put("events", Integer.toString(events.size()));
        details.put("occurredAt", occurredAt.toString());
        writer.write(() -> {
            List<ConsentEventRows.Stored> written = new ArrayList<>();
            for (ConsentEvent event : events) {
                written.add(new ConsentEventRows.Stored(rows.insert(event), event));
            }
            audit.append(AuditRecord.aboutSubject(actor, "consent.opted-out", subjectId, details));
            return written;
        }, this::applied);
        return new OptOutResult(optOutId, subjectId, optOut.channel(), events);
    }

    @Override
    @ReadOnly
    public List<ConsentState> current(UUID subjectId) {
        subjects.require(subjectId, "id");
        return states(rows.ofSubject(subjectId));
    }

    @Override
    @ReadOnly
    public PageView<ConsentEvent> history(UUID subjectId, int page, int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        subjects.require(subjectId, "id");
        List<ConsentEvent> events = rows.pageOfSubject(subjectId, page, size).stream().map(ConsentEventRows.Stored::event).toList();
        return new PageView<>(events, page, size, rows.countOfSubject(subjectId));
    }

    @Override
    @ReadOnly
    public Optional<ConsentEvent> event(UUID eventId) {
        return rows.find(eventId).map(ConsentEventRows.Stored::event);
    }

    @Override
    @ReadOnly
    public ConsentReceipt receipt(UUID eventId) {
        ConsentEvent event = rows.find(eventId).map(ConsentEventRows.Stored::event)
                .orElseThrow(() -> ProblemException.notFound("eventId", "No consent event has this id."));
        ConsentState state = states(rows.ofSubject(event.subjectId())).stream()
                .filter(candidate -> candidate.purpose().equals(event.purpose()) && candidate.channel() == event.channel())
                .findFirst().orElseThrow();
        ControllerProfile controller = catalog.controller();
        Optional<Purpose> purpose = catalog.purpose(event.purpose());
        LegalBasis consent = catalog.legalBases().stream().filter(basis -> "CONSENT".equals(basis.code())).findFirst().orElse(null);
        Optional<PolicyVersion> version = catalog.policyVersions().stream()
                .filter(candidate -> candidate.version().equals(event.policyVersion())).findFirst();
        return new ConsentReceipt(ConsentReceipt.SCHEMA, event.id(),
                new ConsentReceipt.Controller(controller.name(), controller.registrationNumber(), controller.address(),
                        controller.privacyEmail(), controller.phone()),
                event.subjectId(),
                new ConsentReceipt.PurposeRef(event.purpose(),
                        purpose.map(Purpose::name).orElse(new lv.balticom.privacy.core.api.Localized(event.purpose(), event.purpose())),
                        purpose.map(Purpose::clause).orElse("")),
                new ConsentReceipt.LegalBasisRef("CONSENT", consent == null ? "6(1)(a)" : consent.gdprArticle(),
                        consent == null ? new lv.balticom.privacy.core.api.Localized("Piekrišana", "Consent") : consent.name()),
                purpose.map(Purpose::dataCategories).orElse(List.of()).stream()
                        .flatMap(code -> catalog.dataCategory(code).stream())
                        .map(category -> new ConsentReceipt.DataCategoryRef(category.code(), category.number(), category.name()))
                        .toList(),
                event.channel(), event.collectedVia(),
                new ConsentReceipt.Notice(event.policyVersion(),
                        version.map(found -> found.effectiveFrom().toString()).orElse(null),
                        version.map(PolicyVersion::document).orElse(null)),
                new ConsentReceipt.EventInfo(event.decision(), event.occurredAt(), event.recordedAt(), event.recordedBy(),
                        event.evidence(), event.optOutId()),
                new ConsentReceipt.StateInfo(state.decision(), state.since(), state.eventId(), state.eventId().equals(event.id())));
    }

    /** The current state per purpose and channel from a subject's events in the order they occurred. */
    private List<ConsentState> states(List<ConsentEventRows.Stored> events) {
        Map<String, ConsentState> latest = new LinkedHashMap<>();
        for (ConsentEventRows.Stored stored : events) {
            ConsentEvent event = stored.event();
            String key = event.purpose() + "/" + event.channel();
            ConsentState previous = latest.get(key);
            Instant since = previous != null && previous.decision() == event.decision() ? previous.since() : event.occurredAt();
            latest.put(key, new ConsentState(event.purpose(), event.channel(), event.decision(), since, event.id(),
                    event.collectedVia(), event.policyVersion(), event.occurredAt()));
        }
        List<String> order = catalog.purposes().stream().map(Purpose::code).toList();
        return latest.values().stream()
                .sorted(Comparator.<ConsentState>comparingInt(state -> position(order, state.purpose()))
                        .thenComparing(ConsentState::purpose)
                        .thenComparingInt(state -> state.channel() == null ? -1 : state.channel().ordinal()))
                .toList();
    }

    private static int position(List<String> order, String code) {
        int position = order.indexOf(code);
        return position < 0 ? Integer.MAX_VALUE : position;
    }

    /** Puts committed events into the index and tells listeners. */
    private void applied(List<ConsentEventRows.Stored> written) {
        for (ConsentEventRows.Stored stored : written) {
            ConsentEvent event = stored.event();
            index.applyConsent(event.subjectId(), event.purpose(), event.channel(), Times.epochMicros(event.occurredAt()),
                    stored.seq(), event.decision() == Decision.GRANTED);
        }
        for (ConsentEventRows.Stored stored : written) {
            ConsentEvent event = stored.event();
            publisher.publishEvent(new ConsentChanged(event.id(), event.subjectId(), event.purpose(), event.channel(),
                    event.decision(), event.collectedVia(), event.occurredAt()));
        }
    }

    /** A catalogue purpose that may rest on consent. */
    private Purpose consentPurpose(String code, String field) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid(field, "is required: a purpose's catalogue code");
        }
        Purpose purpose = catalog.purpose(code.strip())
                .orElseThrow(() -> ProblemException.invalid(field, "is not a purpose in the catalogue"));
        if (!purpose.allows("CONSENT")) {
            throw ProblemException.invalid(field, "does not rest on consent (its legal bases: "
                    + String.join(", ", purpose.legalBases()) + ")");
        }
        return purpose;
    }

    private Instant occurredAt(Instant occurredAt, Instant now) {
        if (occurredAt == null) {
            return now;
        }
        if (occurredAt.isAfter(now)) {
            throw ProblemException.invalid("occurredAt", "must not lie in the future");
        }
        return Times.micros(occurredAt);
    }

    /** The version given, which must be in the catalogue, or the one in force on the day it occurred. */
    private String policyVersion(String version, Instant occurredAt) {
        if (version != null && !version.isBlank()) {
            String wanted = version.strip();
            return catalog.policyVersions().stream().map(PolicyVersion::version).filter(wanted::equals).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("policyVersion", "is not a policy version in the catalogue (one of "
                            + catalog.policyVersions().stream().map(PolicyVersion::version).collect(Collectors.joining(", ")) + ")"));
        }
        LocalDate day = LocalDate.ofInstant(occurredAt, ZoneOffset.UTC);
        return catalog.policyVersionOn(day).or(() -> catalog.policyVersions().stream().findFirst()).map(PolicyVersion::version)
                .orElseThrow(() -> ProblemException.invalid("policyVersion", "is required: the catalogue has no policy version"));
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw ProblemException.invalid(field, "is required");
        }
        return value;
    }

    /** Optional free text: stripped, null when blank, at most so long. */
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

    private static Map<String, String> details(ConsentEvent event) {
        Map<String, String> details = new TreeMap<>();
        details.put("event", event.id().toString());
        details.put("purpose", event.purpose());
        if (event.channel() != null) {
            details.put("channel", event.channel().name());
        }
        details.put("collectedVia", event.collectedVia().name());
        details.put("occurredAt", event.occurredAt().toString());
        return details;
    }

    private static String names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}

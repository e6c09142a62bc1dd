package lv.balticom.privacy.core.internal.subject;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.PersonalCode;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.subject.DataSubject;
import lv.balticom.privacy.core.api.subject.IdentifierKind;
import lv.balticom.privacy.core.api.subject.SubjectDirectory;
import lv.balticom.privacy.core.api.subject.SubjectIdentifiers;

/** Records data subjects and finds them again; every change is in the audit ledger. */
@Singleton
public class SubjectRegistry implements SubjectDirectory {

    private final DataSubjectRows subjects;
    private final IdentifierRows identifiers;
    private final Catalog catalog;
    private final AuditLedger ledger;
    private final Clock clock;

    SubjectRegistry(DataSubjectRows subjects, IdentifierRows identifiers, Catalog catalog, AuditLedger ledger, Clock clock) {
        this.subjects = subjects;
        this.identifiers = identifiers;
        this.catalog = catalog;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * What a caller gives to record a subject, as typed: each identifier is checked and normalised here.
     *
     * @param type a subject type code
     * @param identifiers raw identifier values by kind (absent kinds left out)
     */
    public record NewSubject(String type, Map<IdentifierKind, String> identifiers) {
    }

    /**
     * Records a new data subject.
     *
     * @throws ProblemException 400 naming the field for a bad type or identifier, 409 when a customer
     *         number or personal code already belongs to another subject
     */
    @Transactional
    public DataSubject create(Actor actor, NewSubject request) {
        String type = request.type() == null ? "" : request.type().strip();
        if (type.isEmpty()) {
            throw ProblemException.invalid("type", "must name a subject type");
        }
        if (catalog.subjectType(type).isEmpty()) {
            throw ProblemException.invalid("type", "is not a subject type in the catalogue (one of: "
                    + catalog.subjectTypes().stream().map(t -> t.code()).collect(Collectors.joining(", ")) + ")");
        }
        Map<IdentifierKind, String> normalised = new EnumMap<>(IdentifierKind.class);
        request.identifiers().forEach((kind, raw) ->
                normalised.put(kind, IdentifierRules.normalise(kind, raw, "identifiers." + kind.field())));
        if (normalised.isEmpty()) {
            throw ProblemException.invalid("identifiers", "must hold at least one of customerNumber, email, phone, personalCode");
        }
        for (Map.Entry<IdentifierKind, String> identifier : normalised.entrySet()) {
            if (identifier.getKey().unique() && !identifiers.subjectsWith(identifier.getKey(), identifier.getValue()).isEmpty()) {
                throw ProblemException.conflict("identifiers." + identifier.getKey().field(),
                        "another data subject already has this " + identifier.getKey().field());
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        subjects.save(new DataSubjectRow(id.toString(), type, now, now));
        identifiers.insert(id.toString(), normalised);
        ledger.append(AuditRecord.aboutSubject(actor, "subject.created", id, Map.of(
                "type", type,
                "identifiers", normalised.keySet().stream().map(IdentifierKind::field).collect(Collectors.joining(",")))));
        return toSubject(new DataSubjectRow(id.toString(), type, now, now), normalised);
    }

    /** How many data subjects the platform knows. */
    @ReadOnly
    public long count() {
        return subjects.count();
    }

    @Override
    @ReadOnly
    public Optional<DataSubject> find(UUID id) {
        return subjects.findById(id.toString()).map(row -> toSubject(row, identifiers.of(row.id())));
    }

    @Override
    @ReadOnly
    public List<DataSubject> findBy(IdentifierKind kind, String value) {
        String normalised = IdentifierRules.normalise(kind, value, kind.field());
        List<DataSubject> found = new ArrayList<>();
        for (String id : identifiers.subjectsWith(kind, normalised)) {
            subjects.findById(id).ifPresent(row -> found.add(toSubject(row, identifiers.of(id))));
        }
        return found;
    }

    private static DataSubject toSubject(DataSubjectRow row, Map<IdentifierKind, String> values) {
        String code = values.get(IdentifierKind.PERSONAL_CODE);
        return new DataSubject(UUID.fromString(row.id()), row.typeCode(), new SubjectIdentifiers(
                values.get(IdentifierKind.CUSTOMER_NUMBER), values.get(IdentifierKind.EMAIL),
                values.get(IdentifierKind.PHONE), code == null ? null : PersonalCode.parse(code)),
                row.createdAt(), row.updatedAt());
    }
}

package lv.balticom.privacy.consent.web.console;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.CollectionMethod;
import lv.balticom.privacy.consent.api.Decision;
import lv.balticom.privacy.consent.api.NewConsent;
import lv.balticom.privacy.consent.api.OptOut;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.TextValues;
import lv.balticom.privacy.core.api.console.ConsoleForm;
import lv.balticom.privacy.core.api.catalog.Purpose;

/**
 * The consent forms: drawn empty, echoed when refused, and read into the ledger's requests. The ledger checks
 * the values (a failed form changes nothing); here only what the form itself carries as text is read: the codes
 * (a 400 naming the field for an unknown one) and the time, which people type in the company's time zone.
 */
@Singleton
public final class ConsentForms {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ConsentChoices choices;
    private final ZoneId zone;

    ConsentForms(ConsentChoices choices, @Value("${privacy.console.time-zone:Europe/Riga}") String zone) {
        this.choices = choices;
        this.zone = ZoneId.of(zone);
    }

    /** The consent form, empty. */
    public RecordForm record(UUID subjectId, Locale locale) {
        return record(subjectId, new ConsoleForm(null), locale);
    }

    /** The consent form with what was sent. */
    public RecordForm record(UUID subjectId, ConsoleForm sent, Locale locale) {
        return new RecordForm(subjectId, choices.purposes(locale), choices.channels(locale), choices.methods(locale),
                choices.consentPurposes().stream().filter(Purpose::channels).map(purpose -> purpose.name().text(locale)).toList(),
                sent.text("purpose"), sent.text("channel"), sent.text("decision"), sent.text("collectedVia"), sent.text("evidence"),
                sent.text("occurredAt"));
    }

    /** The opt-out form, empty. */
    public OptOutForm optOut(UUID subjectId, Locale locale) {
        return optOut(subjectId, new ConsoleForm(null), locale);
    }

    /** The opt-out form with what was sent. */
    public OptOutForm optOut(UUID subjectId, ConsoleForm sent, Locale locale) {
        return new OptOutForm(subjectId, choices.channels(locale), choices.methods(locale), sent.text("channel"),
                sent.text("collectedVia"), sent.text("evidence"), sent.text("occurredAt"));
    }

    /** What the consent form asks the ledger to record; {@code recordedBy} stays empty: the actor is the person signed in. */
    public NewConsent newConsent(ConsoleForm sent) {
        String purpose = sent.text("purpose");
        return new NewConsent(purpose.isEmpty() ? null : purpose, TextValues.code(Channel.class, sent.text("channel"), "channel"),
                TextValues.code(Decision.class, sent.text("decision"), "decision"),
                TextValues.code(CollectionMethod.class, sent.text("collectedVia"), "collectedVia"),
                blankToNull(sent.text("evidence")), null, occurredAt(sent.text("occurredAt")), null);
    }

    /** What the opt-out form asks the ledger to record. */
    public OptOut optOut(ConsoleForm sent) {
        return new OptOut(TextValues.code(CollectionMethod.class, sent.text("collectedVia"), "collectedVia"),
                TextValues.code(Channel.class, sent.text("channel"), "channel"), blankToNull(sent.text("evidence")), null,
                occurredAt(sent.text("occurredAt")));
    }

    /** The date and time field's value in the company's time zone; null (now) when empty. */
    Instant occurredAt(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, value.length() > 16 ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : MINUTES)
                    .atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("occurredAt", "must be a date and time such as 2026-11-29T10:15");
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}

package lv.balticom.privacy.consent.web.console;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.consent.api.AutomatedDecision;
import lv.balticom.privacy.consent.api.AutomatedDecisions;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.ConsentLedger;
import lv.balticom.privacy.consent.api.ConsentState;
import lv.balticom.privacy.consent.api.DecisionReview;
import lv.balticom.privacy.consent.api.DecisionStatus;
import lv.balticom.privacy.consent.api.Purchase;
import lv.balticom.privacy.consent.api.Purchases;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.api.console.ConsoleViewer;
import lv.balticom.privacy.core.api.console.SubjectPanel;

/**
 * Consents and communication preferences on the data subject's page (POL-33..47): where each purpose stands, and
 * for the purposes given per channel where each channel stands; a link to the full history; for those who may
 * record consents, the forms to record a consent or a withdrawal and an opt-out (POL-46); and briefly the
 * subject's purchases (soft opt-in, POL-43) and automated decisions (POL-10..12).
 */
@Singleton
final class ConsentPanel implements SubjectPanel {

    /** How many purchases and decisions the panel lists; the rest are counted. */
    static final int BRIEF = 5;

    private final ConsentLedger ledger;
    private final Purchases purchases;
    private final AutomatedDecisions decisions;
    private final ConsentChoices choices;
    private final ConsentForms forms;

    ConsentPanel(ConsentLedger ledger, Purchases purchases, AutomatedDecisions decisions, ConsentChoices choices, ConsentForms forms) {
        this.ledger = ledger;
        this.purchases = purchases;
        this.decisions = decisions;
        this.choices = choices;
        this.forms = forms;
    }

    @Override
    public String template() {
        return "console/consent/subject-panel";
    }

    @Override
    public Permission permission() {
        return Permission.CONSENT_READ;
    }

    /** Right after the identifiers: what an agent on the phone looks for first. */
    @Override
    public int position() {
        return 10;
    }

    @Override
    public Map<String, Object> model(UUID subjectId, ConsoleViewer viewer) {
        Locale locale = viewer.locale();
        List<ConsentState> current = ledger.current(subjectId);
        Map<String, Object> model = new HashMap<>();
        model.putAll(states(current, locale));
        model.put("eventCount", ledger.history(subjectId, 0, 1).totalItems());
        model.put("historyHref", "/console/consents/subjects/" + subjectId + "/history");

        List<Purchase> bought = purchases.of(subjectId);
        model.put("purchases", bought.subList(0, Math.min(BRIEF, bought.size())));
        model.put("purchaseCount", bought.size());

        List<AutomatedDecision> decided = decisions.of(subjectId);
        model.put("decisions", decided.subList(0, Math.min(BRIEF, decided.size())));
        model.put("decisionCount", decided.size());
        Map<UUID, UUID> reviews = new HashMap<>();
        if (decided.stream().anyMatch(decision -> decision.status() == DecisionStatus.CONTESTED)) {
            decisions.reviews(DecisionReview.Status.OPEN).stream().filter(review -> review.subjectId().equals(subjectId))
                    .forEach(review -> reviews.put(review.decisionId(), review.id()));
        }
        model.put("openReviews", reviews);

        boolean mayRecord = viewer.may(Permission.CONSENT_WRITE);
        model.put("mayRecord", mayRecord);
        if (mayRecord) {
            model.put("record", forms.record(subjectId, locale));
            model.put("optOut", forms.optOut(subjectId, locale));
        }
        return model;
    }

    /**
     * The states for the panel's two tables: {@code purposes} (every purpose of ConsentPurposes that may rest on
     * consent and is not given per channel, and any other the subject has an event for) and {@code channels} by
     * {@code channelPurposes}.
     */
    Map<String, Object> states(List<ConsentState> current, Locale locale) {
        List<Purpose> consentPurposes = choices.listedPurposes();
        List<PurposeState> purposes = new ArrayList<>();
        List<Option> channelPurposes = new ArrayList<>();
        for (Purpose purpose : consentPurposes) {
            if (purpose.channels()) {
                channelPurposes.add(new Option(purpose.code(), purpose.name().text(locale)));
            } else {
                purposes.add(new PurposeState(purpose.code(), purpose.name().text(locale), purpose.clause(),
                        find(current, purpose.code(), null)));
            }
        }
        for (ConsentState state : current) {
            boolean listed = purposes.stream().anyMatch(row -> row.code().equals(state.purpose()))
                    || channelPurposes.stream().anyMatch(column -> column.value().equals(state.purpose()));
            if (!listed && state.channel() == null) {
                // another purpose on consent (market research, ...), or one that no longer rests on consent: its events count
                purposes.add(new PurposeState(state.purpose(), choices.purposeName(state.purpose(), locale),
                        choices.clause(state.purpose()), state));
            }
        }
        List<ChannelState> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            List<ConsentState> states = new ArrayList<>();
            for (Option column : channelPurposes) {
                states.add(find(current, column.value(), channel));
            }
            channels.add(new ChannelState(channel.name(), channel.localizedName().text(locale), states));
        }
        return Map.of("purposes", purposes, "channelPurposes", channelPurposes, "channels", channels);
    }

    private static ConsentState find(List<ConsentState> current, String purpose, Channel channel) {
        return current.stream().filter(state -> state.purpose().equals(purpose) && state.channel() == channel).findFirst().orElse(null);
    }
}

package lv.balticom.privacy.consent.web.console;

import java.util.List;
import java.util.UUID;

/**
 * The form that records a consent or its withdrawal, as the panel and its own page draw it: the choices and what
 * was typed (empty at first, echoed when the form was refused).
 *
 * @param subjectId whose consent
 * @param purposes the purposes that may rest on consent
 * @param channels the channels
 * @param methods how a consent is given
 * @param channelPurposes the names of the purposes given per channel (the only ones that take a channel)
 * @param purpose the purpose chosen
 * @param channel the channel chosen
 * @param decision {@code GRANTED} or {@code WITHDRAWN}
 * @param collectedVia how it was given
 * @param evidence the evidence reference typed
 * @param occurredAt when, as the date and time field sends it ({@code 2026-11-29T10:15}), in the company's time zone
 */
public record RecordForm(UUID subjectId, List<Option> purposes, List<Option> channels, List<Option> methods,
                         List<String> channelPurposes, String purpose, String channel, String decision, String collectedVia,
                         String evidence, String occurredAt) {

    /** Where the form is sent. */
    public String action() {
        return "/console/consents/subjects/" + subjectId + "/consents";
    }
}

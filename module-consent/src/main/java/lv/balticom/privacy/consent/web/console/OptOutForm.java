package lv.balticom.privacy.consent.web.console;

import java.util.List;
import java.util.UUID;

/**
 * The opt-out form (POL-46): withdraws the company's and the partners' commercial notices on every channel or one.
 *
 * @param subjectId whose
 * @param channels the channels
 * @param methods how the subject said so
 * @param channel the one channel chosen, or empty for all
 * @param collectedVia how the subject said so
 * @param evidence the evidence reference typed
 * @param occurredAt when, as the date and time field sends it, in the company's time zone
 */
public record OptOutForm(UUID subjectId, List<Option> channels, List<Option> methods, String channel, String collectedVia,
                         String evidence, String occurredAt) {

    /** Where the form is sent. */
    public String action() {
        return "/console/consents/subjects/" + subjectId + "/opt-out";
    }
}

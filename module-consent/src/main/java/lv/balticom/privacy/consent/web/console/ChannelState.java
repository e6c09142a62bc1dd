package lv.balticom.privacy.consent.web.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lv.balticom.privacy.consent.api.ConsentState;

/**
 * A communication channel (POL-38..40) and the subject's preferences on it: one state per purpose given per
 * channel, in the order of the table's columns; null where the ledger has no event.
 *
 * @param code the channel's code
 * @param name its name in the viewer's language
 * @param states per purpose given per channel
 */
public record ChannelState(String code, String name, List<ConsentState> states) {

    public ChannelState {
        states = Collections.unmodifiableList(new ArrayList<>(states)); // may hold nulls
    }
}

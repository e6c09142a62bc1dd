package lv.balticom.privacy.consent.web.console;

import lv.balticom.privacy.consent.api.OptOutDelay;

/**
 * A row of the opt-out delay report (POL-46): the delay and its parts for the template to write.
 *
 * @param delay the withdrawal that took effect late
 * @param purposeName its purpose in the viewer's language
 * @param channelName its channel, or empty
 * @param methodName how the subject asked
 * @param days whole days of the delay
 * @param hours hours beyond the days
 * @param minutes minutes beyond the hours
 * @param seconds seconds beyond the minutes
 */
public record DelayRow(OptOutDelay delay, String purposeName, String channelName, String methodName, long days, long hours,
                       long minutes, long seconds) {

    static DelayRow of(OptOutDelay delay, String purposeName, String channelName, String methodName) {
        long total = delay.delaySeconds();
        return new DelayRow(delay, purposeName, channelName, methodName, total / 86_400, total % 86_400 / 3600, total % 3600 / 60,
                total % 60);
    }
}

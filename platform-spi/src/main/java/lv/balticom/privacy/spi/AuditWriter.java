package lv.balticom.privacy.spi;

import java.util.Map;

/**
 * Appends to the platform's audit ledger, with the plugin as the actor ({@code plugin:<id>}).
 * Thread-safe. When called inside a request the entry joins that request's transaction.
 */
public interface AuditWriter {

    /**
     * Records one thing the plugin did.
     *
     * @param action what happened, lower case with dots and dashes ({@code owner.notified})
     * @param targetType what kind of thing it happened to ({@code property})
     * @param targetId which one; never personal data (use an id, not a name or a personal code)
     * @param details a few facts about it, again without personal data
     * @throws IllegalArgumentException when the action or target type is not of that form
     */
    void record(String action, String targetType, String targetId, Map<String, String> details);
}

package lv.balticom.privacy.core.internal.plugins;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.spi.AuditWriter;

/**
 * A plugin's way into the audit ledger, as {@code plugin:<id>}. An entry joins the transaction of the
 * request it is written in, if there is one; otherwise it is committed in a transaction of its own.
 */
final class PluginAuditWriter implements AuditWriter {

    /** {@code owner.notified}, {@code record.created}: lower case, digits, dashes, dots between words. */
    static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    /** {@code property}, {@code register-record}. */
    static final Pattern TARGET_TYPE = Pattern.compile("[a-z][a-z0-9-]*");

    private static final int LONGEST_ACTION = 100;
    private static final int LONGEST_TARGET_TYPE = 64;
    private static final int LONGEST_TARGET_ID = 200;
    /** The ledger's details column holds 4,000 characters, with quotes and separators. */
    private static final int LONGEST_DETAILS = 3500;

    private final Actor actor;
    private final AuditLedger ledger;
    private final TransactionOperations<Connection> transactions;

    PluginAuditWriter(String pluginId, AuditLedger ledger, TransactionOperations<Connection> transactions) {
        this.actor = Actor.plugin(pluginId);
        this.ledger = ledger;
        this.transactions = transactions;
    }

    @Override
    public void record(String action, String targetType, String targetId, Map<String, String> details) {
        if (action == null || action.length() > LONGEST_ACTION || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("an audit action is lower-case words, digits and dashes joined by dots, "
                    + "at most " + LONGEST_ACTION + " characters (owner.notified): " + action);
        }
        if (targetType == null || targetType.length() > LONGEST_TARGET_TYPE || !TARGET_TYPE.matcher(targetType).matches()) {
            throw new IllegalArgumentException("an audit target type is a lower-case word with digits and dashes, at most "
                    + LONGEST_TARGET_TYPE + " characters (property): " + targetType);
        }
        if (targetId == null || targetId.isBlank() || targetId.length() > LONGEST_TARGET_ID) {
            throw new IllegalArgumentException("an audit target id is 1 to " + LONGEST_TARGET_ID + " characters");
        }
        Map<String, String> facts = details == null ? Map.of() : details;
        int length = 0;
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            if (fact.getKey() == null || fact.getKey().isBlank() || fact.getValue() == null) {
                throw new IllegalArgumentException("audit details need a key and a value each");
            }
            length += fact.getKey().length() + fact.getValue().length() + 6;
        }
        if (length > LONGEST_DETAILS) {
            throw new IllegalArgumentException("audit details are too long (at most about " + LONGEST_DETAILS + " characters)");
        }
        AuditRecord record = AuditRecord.about(actor, action, targetType, targetId, facts);
        // REQUIRED: joins the caller's transaction when there is one, else opens and commits its own.
        transactions.executeWrite(status -> ledger.append(Objects.requireNonNull(record)));
    }
}

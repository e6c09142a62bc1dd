package lv.balticom.privacy.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains ledger entries: SHA-256 over every stored field and the previous entry's hash.
 * Each field is written with its length first, so that no two different rows give the same input.
 */
final class AuditHash {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(long seq, long occurredAtUs, String actor, String action, String subjectId, String targetType,
                     String targetId, String details, String previousHash) {
        MessageDigest digest = sha256();
        StringBuilder input = new StringBuilder(256)
                .append("v1|").append(seq).append('|').append(occurredAtUs).append('|');
        for (String field : new String[] {actor, action, subjectId, targetType, targetId, details, previousHash}) {
            if (field == null) {
                input.append("-|");
            } else {
                input.append(field.length()).append(':').append(field).append('|');
            }
        }
        return HexFormat.of().formatHex(digest.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

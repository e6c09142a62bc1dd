package lv.balticom.privacy.consent.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Tells the permission check whether a subject's processing is restricted (GDPR Art. 18, POL-26): a
 * restricted subject is permitted nothing but storage, so every check is refused with
 * {@link CheckRule#RESTRICTED}. The DSAR module implements it; every bean of this type is asked, and
 * with none, nobody is restricted.
 *
 * <p>Called on the check's hot path, for every check: answer from memory, quickly, on any thread.
 */
public interface ProcessingRestrictions {

    /** Whether the subject's processing was restricted at that time. */
    boolean restricted(UUID subjectId, Instant at);
}

package lv.balticom.privacy.spi.subject;

import java.util.Map;
import lv.balticom.privacy.spi.Text;

/**
 * A system or register that holds data about data subjects. The request module calls it to answer
 * access, copy, rectification, restriction and erasure requests (GDPR Art. 15-18, 20); each call is
 * audited by the host. Called from request threads, several at a time: implementations must be
 * thread-safe. A call that throws is recorded as a failure at this source and the request goes on with
 * the others.
 */
public interface SubjectDataSource {

    /** The source's id within the plugin (lower case, dashes). */
    String id();

    /** What the source is, for the officer and the answer letter. */
    Text name();

    /** What the source holds about the subject ({@link SubjectData#none()} when nothing). */
    SubjectData find(SubjectRef subject);

    /**
     * Corrects data the subject says is wrong.
     *
     * @param corrections new values by field id, as the officer entered them
     */
    Outcome rectify(SubjectRef subject, Map<String, String> corrections);

    /** Restricts processing (Art. 18): the data is kept but not used; {@code restricted = false} lifts it. */
    Outcome restrict(SubjectRef subject, boolean restricted);

    /**
     * Erases what the source holds about the subject, keeping only what a legal duty requires (and
     * saying so in the outcome).
     *
     * @param reason why, for the source's own records
     */
    Outcome erase(SubjectRef subject, String reason);
}

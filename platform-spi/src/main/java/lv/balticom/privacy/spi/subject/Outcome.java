package lv.balticom.privacy.spi.subject;

import java.util.Objects;
import lv.balticom.privacy.spi.Text;

/**
 * What a source did with a request: rectify, restrict or erase.
 *
 * @param status how it went
 * @param affected how many items it changed
 * @param explanation for the answer letter and the officer: what was done, or why not
 */
public record Outcome(Status status, int affected, Text explanation) {

    /** How a request went at one source. */
    public enum Status {
        /** Done, for every item held. */
        DONE,
        /** The source holds nothing about the subject. */
        NOTHING_HELD,
        /** Done for some items; the explanation says which were kept and why (a legal duty to keep them). */
        PARTLY_DONE,
        /** Not done; the explanation says why (the legal basis for keeping the data). */
        REFUSED
    }

    public Outcome {
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(explanation, "explanation is null");
        if (affected < 0) {
            throw new IllegalArgumentException("affected must not be negative");
        }
    }

    /** Nothing held. */
    public static Outcome nothingHeld() {
        return new Outcome(Status.NOTHING_HELD, 0, Text.of("Par datu subjektu nekas netiek glabāts.", "Nothing is held about the data subject."));
    }
}

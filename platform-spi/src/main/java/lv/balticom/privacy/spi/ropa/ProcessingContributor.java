package lv.balticom.privacy.spi.ropa;

/**
 * Adds to the record of processing activities (GDPR Art. 30). The host asks every contributor each time
 * the record is built (on request, so that a processor added a minute ago is in it). Called from request
 * threads, several at a time: implementations must be thread-safe and quick (read, do not compute).
 */
@FunctionalInterface
public interface ProcessingContributor {

    /** What the plugin adds, as things are now. */
    ProcessingContribution contribution();
}

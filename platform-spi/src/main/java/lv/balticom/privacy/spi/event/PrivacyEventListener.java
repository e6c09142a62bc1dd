package lv.balticom.privacy.spi.event;

/**
 * Hears the platform's events. The host calls it after the change that caused the event has been
 * committed, on a thread of its own, one event at a time per listener, in the order the events
 * happened. A listener that throws is logged; the event is not offered again. Keep it quick: hand
 * slow work to a queue of the plugin's own.
 */
@FunctionalInterface
public interface PrivacyEventListener {

    /** An event happened. */
    void on(PrivacyEvent event);
}

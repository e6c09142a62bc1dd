package lv.balticom.privacy.example.console;

import java.time.Instant;

/**
 * A note about a data subject. Public, like everything a template reads: Thymeleaf's expressions call
 * its methods by reflection.
 *
 * @param text what it says
 * @param author who wrote it, as the audit ledger names them
 * @param at when
 */
public record ExampleNote(String text, String author, Instant at) {
}

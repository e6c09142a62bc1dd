package lv.balticom.privacy.core.internal.console;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the console writes times: in the company's time zone ({@code privacy.console.time-zone}, Riga by
 * default), to the minute. Pages call it as {@code fmt}.
 */
@Singleton
public final class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    ConsoleFormat(@Value("${privacy.console.time-zone:Europe/Riga}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant.atZone(zone));
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public ZoneId zone() {
        return zone;
    }
}

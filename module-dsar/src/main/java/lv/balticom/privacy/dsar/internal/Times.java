package lv.balticom.privacy.dsar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Times as the dsar tables keep them: {@code datetime(6)} in UTC, written and read as UTC local date-times so
 * that neither the JVM's nor the database's time zone matters; days are Riga calendar days.
 */
final class Times {

    /** Where the company answers: deadlines are counted in Riga days. */
    static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    private Times() {
    }

    static Object toSql(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant fromSql(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static LocalDate day(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static LocalDate rigaDay(Instant instant) {
        return instant.atZone(RIGA).toLocalDate();
    }
}

package lv.balticom.privacy.consent.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.ConsentCount;
import lv.balticom.privacy.consent.api.ConsentEvent;
import lv.balticom.privacy.consent.api.ConsentReports;
import lv.balticom.privacy.consent.api.OptOutDelay;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Paging;
import lv.balticom.privacy.core.api.ProblemException;

/** The consent reports, straight from the ledger table. */
@Singleton
public class ConsentReportQueries implements ConsentReports {

    /** The most rows one page of a report holds. */
    public static final int MAX_PAGE_SIZE = 500;

    private final JdbcOperations jdbc;
    private final ConsentEventRows rows;
    private final Clock clock;

    ConsentReportQueries(JdbcOperations jdbc, ConsentEventRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    @ReadOnly
    public PageView<OptOutDelay> optOutDelays(Instant from, Instant to, Duration longerThan, int page, int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        Instant start = from == null ? Instant.EPOCH : from;
        Instant end = to == null ? clock.instant().plusSeconds(1) : to;
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("to", "must be later than from");
        }
        Duration threshold = longerThan == null ? Duration.ZERO : longerThan;
        if (threshold.isNegative()) {
            throw ProblemException.invalid("longerThan", "must not be negative");
        }
        // Every withdrawal of commercial notices in the range; the delay is computed here rather than in SQL,
        // whose date arithmetic differs between H2 and MariaDB. Withdrawals are few beside grants and checks.
        List<ConsentEventRows.Stored> withdrawals = rows.list("SELECT " + ConsentEventRows.COLUMNS + " FROM consent_event "
                + "WHERE decision = 'WITHDRAWN' AND purpose IN ('COMMERCIAL_NOTICES', 'PARTNER_COMMERCIAL_NOTICES') "
                + "AND recorded_at >= ? AND recorded_at < ? AND recorded_at > occurred_at ORDER BY seq", statement -> {
                    statement.setObject(1, Times.toSql(start));
                    statement.setObject(2, Times.toSql(end));
                });
        List<OptOutDelay> delays = new ArrayList<>();
        for (ConsentEventRows.Stored stored : withdrawals) {
            ConsentEvent event = stored.event();
            Duration delay = Duration.between(event.occurredAt(), event.recordedAt());
            if (delay.compareTo(threshold) > 0) {
                delays.add(new OptOutDelay(event.id(), event.subjectId(), event.purpose(), event.channel(), event.collectedVia(),
                        event.occurredAt(), event.recordedAt(), delay.toSeconds(), delay.compareTo(POLICY_BOUND) > 0,
                        event.optOutId()));
            }
        }
        delays.sort((first, second) -> Long.compare(
                ChronoUnit.MICROS.between(second.occurredAt(), second.recordedAt()),
                ChronoUnit.MICROS.between(first.occurredAt(), first.recordedAt())));
        int fromIndex = (int) Math.min((long) page * size, delays.size());
        int toIndex = Math.min(fromIndex + size, delays.size());
        return new PageView<>(delays.subList(fromIndex, toIndex), page, size, delays.size());
    }

    @Override
    @ReadOnly
    public List<ConsentCount> counts(LocalDate from, LocalDate to, Interval interval) {
        if (from == null) {
            throw ProblemException.invalid("from", "is required: the first day (YYYY-MM-DD)");
        }
        if (to == null) {
            throw ProblemException.invalid("to", "is required: the last day (YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw ProblemException.invalid("to", "must be at most " + MAX_DAYS + " days after from");
        }
        Interval step = interval == null ? Interval.DAY : interval;
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.prepareStatement("SELECT CAST(occurred_at AS DATE) AS event_day, purpose, channel, decision, COUNT(*) AS event_count "
                + "FROM consent_event WHERE occurred_at >= ? AND occurred_at < ? "
                + "GROUP BY CAST(occurred_at AS DATE), purpose, channel, decision", statement -> {
                    statement.setObject(1, LocalDateTime.of(from, java.time.LocalTime.MIDNIGHT));
                    statement.setObject(2, LocalDateTime.of(to.plusDays(1), java.time.LocalTime.MIDNIGHT));
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            LocalDate period = period(result.getObject("event_day", LocalDate.class), step);
                            String channel = result.getString("channel");
                            String key = period + "|" + result.getString("purpose") + "|" + (channel == null ? "" : channel);
                            long[] pair = counts.computeIfAbsent(key, ignored -> new long[2]);
                            pair["GRANTED".equals(result.getString("decision")) ? 0 : 1] += result.getLong("event_count");
                        }
                    }
                    return null;
                });
        List<ConsentCount> points = new ArrayList<>();
        counts.forEach((key, pair) -> {
            String[] parts = key.split("\\|", -1);
            points.add(new ConsentCount(LocalDate.parse(parts[0]), parts[1], parts[2].isEmpty() ? null : Channel.valueOf(parts[2]),
                    pair[0], pair[1]));
        });
        return points;
    }

    private static LocalDate period(LocalDate day, Interval interval) {
        return switch (interval) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }
}

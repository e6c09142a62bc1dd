package lv.balticom.privacy.consent.web.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.consent.api.AutomatedDecision;
import lv.balticom.privacy.consent.api.AutomatedDecisions;
import lv.balticom.privacy.consent.api.Channel;
import lv.balticom.privacy.consent.api.ConsentCount;
import lv.balticom.privacy.consent.api.ConsentReports;
import lv.balticom.privacy.consent.api.DecisionReview;
import lv.balticom.privacy.consent.api.OptOutDelay;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.TextValues;
import lv.balticom.privacy.core.api.catalog.Purpose;

/**
 * What the consent dashboard shows (/console/consents), for the privacy office: consents given and withdrawn over
 * time as a chart, per purpose and per channel; the opt-out delay report (POL-46); the open reviews of contested
 * automated decisions (POL-12).
 */
@Singleton
final class ConsentDashboard {

    /** Rows per page of the opt-out delay report. */
    static final int DELAYS_PER_PAGE = 20;
    /** The longest purpose name the chart's filter shows. */
    static final int SHORT = 48;

    private final ConsentReports reports;
    private final AutomatedDecisions decisions;
    private final ConsentChoices choices;
    private final Clock clock;

    ConsentDashboard(ConsentReports reports, AutomatedDecisions decisions, ConsentChoices choices, Clock clock) {
        this.reports = reports;
        this.decisions = decisions;
        this.choices = choices;
        this.clock = clock;
    }

    /**
     * The dashboard's model.
     *
     * @param periodCode the address's {@code period} (30d, 12w, 12m), empty for 30d
     * @param purposeCode the address's {@code purpose}: the chart and the channels' table for one purpose; empty for all
     * @param channelCode the address's {@code channel}: the chart and the purposes' table for one channel; empty for all
     * @param delaysPage the page of the opt-out delay report, from 0
     * @throws ProblemException 400 naming the parameter that is not valid
     */
    Map<String, Object> model(String periodCode, String purposeCode, String channelCode, int delaysPage, Locale locale) {
        ChartPeriod period = ChartPeriod.of(periodCode);
        String purpose = purposeCode == null ? "" : purposeCode.strip();
        if (!purpose.isEmpty() && choices.consentPurposes().stream().noneMatch(candidate -> candidate.code().equals(purpose))) {
            throw ProblemException.invalid("purpose", "is not a purpose that rests on consent");
        }
        Channel channel = TextValues.code(Channel.class, channelCode, "channel");
        if (delaysPage < 0) {
            throw ProblemException.invalid("delaysPage", "must be 0 or more");
        }

        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<LocalDate> starts = period.starts(today);
        LocalDate from = starts.get(0);
        List<ConsentCount> counts = reports.counts(from, today, period.interval());

        Map<String, Object> model = new HashMap<>();
        model.put("period", period.code());
        model.put("periods", List.of(ChartPeriod.values()));
        model.put("purpose", purpose);
        model.put("channel", channel == null ? "" : channel.name());
        // the filter's purposes in short: the catalogue's longest name would make the select as wide as the page
        model.put("purposes", choices.purposes(locale).stream().map(option -> new Option(option.value(), shorten(option.label()))).toList());
        model.put("channels", choices.channels(locale));
        model.put("from", from);
        model.put("to", today);
        model.put("chart", chart(period, starts, counts, purpose, channel, locale));
        model.put("byPurpose", byPurpose(counts, channel, locale));
        model.put("byChannel", byChannel(counts, purpose, locale));

        PageView<OptOutDelay> delays = reports.optOutDelays(from.atStartOfDay(ZoneOffset.UTC).toInstant(), null, null, delaysPage,
                DELAYS_PER_PAGE);
        model.put("delays", delays.items().stream().map(delay -> DelayRow.of(delay, choices.purposeName(delay.purpose(), locale),
                delay.channel() == null ? "" : delay.channel().localizedName().text(locale),
                delay.collectedVia().localizedName().text(locale))).toList());
        model.put("delaysTotal", delays.totalItems());
        model.put("delaysPage", delaysPage);
        model.put("delaysPages", (delays.totalItems() + DELAYS_PER_PAGE - 1) / DELAYS_PER_PAGE);
        model.put("delaysBeyondBound", reports.optOutDelays(from.atStartOfDay(ZoneOffset.UTC).toInstant(), null,
                ConsentReports.POLICY_BOUND, 0, 1).totalItems());

        model.put("reviews", openReviews());
        return model;
    }

    /** A name cut at a word to at most {@link #SHORT} characters, with an ellipsis when cut. */
    static String shorten(String name) {
        if (name.length() <= SHORT) {
            return name;
        }
        int space = name.lastIndexOf(' ', SHORT - 1);
        return name.substring(0, space > SHORT / 2 ? space : SHORT - 1).strip() + "…";
    }

    /** The open reviews, oldest first, each with its decision. */
    List<ReviewRow> openReviews() {
        List<DecisionReview> open = decisions.reviews(DecisionReview.Status.OPEN);
        Map<UUID, List<AutomatedDecision>> bySubject = new HashMap<>();
        List<ReviewRow> rows = new ArrayList<>();
        for (DecisionReview review : open) {
            List<AutomatedDecision> ofSubject = bySubject.computeIfAbsent(review.subjectId(), decisions::of);
            rows.add(new ReviewRow(review, ofSubject.stream().filter(decision -> decision.id().equals(review.decisionId()))
                    .findFirst().orElse(null)));
        }
        return rows;
    }

    private TimeChart chart(ChartPeriod period, List<LocalDate> starts, List<ConsentCount> counts, String purpose, Channel channel,
                            Locale locale) {
        Map<LocalDate, long[]> sums = new LinkedHashMap<>();
        starts.forEach(start -> sums.put(start, new long[2]));
        for (ConsentCount count : counts) {
            if ((purpose.isEmpty() || purpose.equals(count.purpose())) && (channel == null || channel == count.channel())) {
                long[] pair = sums.get(period.start(count.period()));
                if (pair != null) {
                    pair[0] += count.granted();
                    pair[1] += count.withdrawn();
                }
            }
        }
        List<TimeChart.Point> points = new ArrayList<>();
        sums.forEach((start, pair) -> points.add(new TimeChart.Point(start, period.label(start, locale), pair[0], pair[1])));
        return TimeChart.of(points);
    }

    /** Every purpose of ConsentPurposes on consent, and any other with events, with its counts on the channel chosen (or on all). */
    private List<BarRow> byPurpose(List<ConsentCount> counts, Channel channel, Locale locale) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (Purpose purpose : choices.listedPurposes()) {
            sums.put(purpose.code(), new long[2]);
        }
        for (ConsentCount count : counts) {
            if (channel == null || channel == count.channel()) {
                long[] pair = sums.computeIfAbsent(count.purpose(), code -> new long[2]);
                pair[0] += count.granted();
                pair[1] += count.withdrawn();
            }
        }
        long max = sums.values().stream().mapToLong(pair -> Math.max(pair[0], pair[1])).max().orElse(0);
        List<BarRow> rows = new ArrayList<>();
        sums.forEach((code, pair) -> rows.add(BarRow.of(code, choices.purposeName(code, locale), pair[0], pair[1], max)));
        return rows;
    }

    /** Every channel, with its counts for the purpose chosen (or for all purposes given per channel). */
    private List<BarRow> byChannel(List<ConsentCount> counts, String purpose, Locale locale) {
        Map<Channel, long[]> sums = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            sums.put(channel, new long[2]);
        }
        for (ConsentCount count : counts) {
            if (count.channel() != null && (purpose.isEmpty() || purpose.equals(count.purpose()))) {
                long[] pair = sums.get(count.channel());
                pair[0] += count.granted();
                pair[1] += count.withdrawn();
            }
        }
        long max = sums.values().stream().mapToLong(pair -> Math.max(pair[0], pair[1])).max().orElse(0);
        List<BarRow> rows = new ArrayList<>();
        sums.forEach((channel, pair) -> rows.add(BarRow.of(channel.name(), channel.localizedName().text(locale), pair[0], pair[1], max)));
        return rows;
    }
}

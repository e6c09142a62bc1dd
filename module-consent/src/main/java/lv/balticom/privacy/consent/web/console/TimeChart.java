package lv.balticom.privacy.consent.web.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the dashboard's chart of consents given and withdrawn per period, drawn by the template as inline
 * SVG (no script: the console's Content-Security-Policy allows none inline, and none is needed). Grants are bars
 * above the axis, withdrawals below it, so that the two read apart without their colours. All coordinates are in
 * the SVG's {@link #WIDTH} x {@link #HEIGHT} view box, which scales to the page's width.
 *
 * @param points the periods, oldest first, with their counts (also the rows of the table beside the chart)
 * @param bars the bars, none for a zero
 * @param yTicks the value axis: 0, and the top and bottom values (and their halves where whole)
 * @param xTicks the periods labelled on the time axis (every one, or every n-th when there are many)
 * @param zeroY where the axis between grants and withdrawals is
 * @param granted consents given in all the periods
 * @param withdrawn consents withdrawn in all the periods
 */
public record TimeChart(List<Point> points, List<Bar> bars, List<Tick> yTicks, List<Tick> xTicks, double zeroY, long granted,
                        long withdrawn) {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 300;
    public static final int LEFT = 56;
    public static final int RIGHT = WIDTH - 12;
    public static final int TOP = 36;
    public static final int BOTTOM = HEIGHT - 40;
    /** At most this many labels on the time axis. */
    static final int MAX_LABELS = 10;

    /**
     * One period and its counts.
     *
     * @param start its first day
     * @param label its label in the viewer's language
     * @param granted consents given
     * @param withdrawn consents withdrawn
     */
    public record Point(LocalDate start, String label, long granted, long withdrawn) {
    }

    /**
     * A bar.
     *
     * @param x left edge
     * @param y top edge
     * @param width width
     * @param height height
     * @param granted whether it counts grants (above the axis) or withdrawals (below)
     * @param point the period it belongs to
     */
    public record Bar(double x, double y, double width, double height, boolean granted, Point point) {

        public long count() {
            return granted ? point.granted() : point.withdrawn();
        }
    }

    /**
     * A label on an axis.
     *
     * @param position y on the value axis, x (the label's middle) on the time axis
     * @param text what it says
     */
    public record Tick(double position, String text) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return BOTTOM;
    }

    /** Where the time axis's labels stand. */
    public int labelY() {
        return BOTTOM + 24;
    }

    /** Whether no consent was given or withdrawn in any of the periods. */
    public boolean empty() {
        return granted == 0 && withdrawn == 0;
    }

    /** The chart of these periods. */
    static TimeChart of(List<Point> points) {
        long maxGranted = points.stream().mapToLong(Point::granted).max().orElse(0);
        long maxWithdrawn = points.stream().mapToLong(Point::withdrawn).max().orElse(0);
        long up = niceCeiling(maxGranted);
        long down = niceCeiling(maxWithdrawn);
        if (up == 0 && down == 0) {
            up = 1; // an empty chart: the axis at the bottom
        }
        double unit = (double) (BOTTOM - TOP) / (up + down);
        double zeroY = round(TOP + up * unit);

        List<Tick> yTicks = new ArrayList<>();
        yTicks.add(new Tick(zeroY, "0"));
        addTicks(yTicks, up, value -> round(zeroY - value * unit));
        addTicks(yTicks, down, value -> round(zeroY + value * unit));

        int n = Math.max(points.size(), 1);
        double slot = (double) (RIGHT - LEFT) / n;
        double barWidth = Math.max(2, slot * 0.64);
        List<Bar> bars = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        int every = (int) Math.ceil((double) points.size() / MAX_LABELS);
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            if (point.granted() > 0) {
                double height = Math.max(1.5, point.granted() * unit);
                bars.add(new Bar(round(x), round(zeroY - height), round(barWidth), round(height), true, point));
            }
            if (point.withdrawn() > 0) {
                double height = Math.max(1.5, point.withdrawn() * unit);
                bars.add(new Bar(round(x), zeroY, round(barWidth), round(height), false, point));
            }
            // the last period (the current one) is always labelled; the others every n-th back from it
            if ((points.size() - 1 - i) % every == 0) {
                xTicks.add(new Tick(round(LEFT + i * slot + slot / 2), point.label()));
            }
        }
        return new TimeChart(List.copyOf(points), bars, yTicks, xTicks, zeroY,
                points.stream().mapToLong(Point::granted).sum(), points.stream().mapToLong(Point::withdrawn).sum());
    }

    /** The top value and, where it is whole, its half. */
    private static void addTicks(List<Tick> ticks, long top, java.util.function.LongFunction<Double> y) {
        if (top <= 0) {
            return;
        }
        if (top % 2 == 0) {
            ticks.add(new Tick(y.apply(top / 2), Long.toString(top / 2)));
        }
        ticks.add(new Tick(y.apply(top), Long.toString(top)));
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... that is at least the value; 0 for 0. */
    static long niceCeiling(long value) {
        if (value <= 0) {
            return 0;
        }
        long power = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * power >= value) {
                    return step * power;
                }
            }
            power *= 10;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

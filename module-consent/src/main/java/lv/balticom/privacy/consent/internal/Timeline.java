package lv.balticom.privacy.consent.internal;

import java.util.Arrays;

/**
 * The events of one subject's consent for one purpose and channel (or one product category's purchases),
 * in the order they occurred, ties by the order they were recorded. Immutable: adding an event makes a new
 * timeline, so readers never lock. Times are epoch microseconds.
 */
final class Timeline {

    static final Timeline EMPTY = new Timeline(new long[0], new long[0], new boolean[0], new long[0]);

    private final long[] occurred;
    private final long[] seqs;
    private final boolean[] granted;
    /** For each event, when the unbroken run of the same decision it ends began. */
    private final long[] runStart;

    private Timeline(long[] occurred, long[] seqs, boolean[] granted, long[] runStart) {
        this.occurred = occurred;
        this.seqs = seqs;
        this.granted = granted;
        this.runStart = runStart;
    }

    int size() {
        return occurred.length;
    }

    /** The index of the latest event that occurred at or before the time, or -1 when none did. */
    int latestAtOrBefore(long micros) {
        int low = 0;
        int high = occurred.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (occurred[middle] <= micros) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return low - 1;
    }

    boolean granted(int index) {
        return granted[index];
    }

    long occurred(int index) {
        return occurred[index];
    }

    long runStart(int index) {
        return runStart[index];
    }

    /** This timeline with the event added in its place; this one itself when the event is in it already. */
    Timeline with(long micros, long seq, boolean grant) {
        int position = 0;
        while (position < occurred.length && (occurred[position] < micros || occurred[position] == micros && seqs[position] < seq)) {
            position++;
        }
        if (position < occurred.length && occurred[position] == micros && seqs[position] == seq) {
            return this;
        }
        int size = occurred.length + 1;
        long[] newOccurred = new long[size];
        long[] newSeqs = new long[size];
        boolean[] newGranted = new boolean[size];
        System.arraycopy(occurred, 0, newOccurred, 0, position);
        System.arraycopy(seqs, 0, newSeqs, 0, position);
        System.arraycopy(granted, 0, newGranted, 0, position);
        newOccurred[position] = micros;
        newSeqs[position] = seq;
        newGranted[position] = grant;
        System.arraycopy(occurred, position, newOccurred, position + 1, occurred.length - position);
        System.arraycopy(seqs, position, newSeqs, position + 1, occurred.length - position);
        System.arraycopy(granted, position, newGranted, position + 1, occurred.length - position);
        long[] newRunStart = new long[size];
        for (int i = 0; i < size; i++) {
            newRunStart[i] = i > 0 && newGranted[i] == newGranted[i - 1] ? newRunStart[i - 1] : newOccurred[i];
        }
        return new Timeline(newOccurred, newSeqs, newGranted, newRunStart);
    }

    @Override
    public String toString() {
        return "Timeline" + Arrays.toString(occurred);
    }
}

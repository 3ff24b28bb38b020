package dev.kikbot.benchmarks.emulator;

import java.util.Arrays;

/**
 * Round-trip times of the texts said inside the measured window (by send time), in nanoseconds. Thread-safe;
 * a run records at most a few hundred thousand, so a growing array is enough.
 */
final class Latencies {

    private long windowStart = Long.MAX_VALUE;
    private long windowEnd = Long.MAX_VALUE;
    private long[] values = new long[1 << 16];
    private int size;

    synchronized void window(long startNanos, long endNanos) {
        windowStart = startNanos;
        windowEnd = endNanos;
    }

    synchronized void record(long sentNanos, long seenNanos) {
        if (sentNanos < windowStart || sentNanos >= windowEnd) {
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = seenNanos - sentNanos;
    }

    synchronized int count() {
        return size;
    }

    /** @return the quantile (0.5, 0.99) in milliseconds, nearest rank; NaN without values */
    synchronized double millis(double quantile) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(quantile * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }
}

package dev.kikbot.bot;

import java.time.Duration;

/**
 * Counts webhook requests being handled, turns new ones away past a bound or once closing, and lets a
 * close wait until the last one finished.
 */
final class InFlight {

    private final int max;
    private int count;
    private boolean closing;

    InFlight(int max) {
        this.max = max;
    }

    /** @return whether the request may start; if so, {@link #exit()} must follow */
    synchronized boolean tryEnter() {
        if (closing || count >= max) {
            return false;
        }
        count++;
        return true;
    }

    synchronized void exit() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    synchronized boolean closing() {
        return closing;
    }

    /**
     * Refuses new requests from now on and waits for those in progress.
     *
     * @return whether all finished in time
     */
    synchronized boolean close(Duration timeout) throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}

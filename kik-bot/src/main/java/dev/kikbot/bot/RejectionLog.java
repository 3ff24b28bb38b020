package dev.kikbot.bot;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WARN line per rejected webhook request, with its reason and the sender's address, but at most
 * {@value #LINES_PER_MINUTE} a minute, so junk traffic cannot flood the log; what was left out is counted
 * in the next line.
 */
final class RejectionLog {

    static final int LINES_PER_MINUTE = 10;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);
    private static final long MINUTE_MILLIS = 60_000;

    private final Clock clock;
    private long windowStart = Long.MIN_VALUE;
    private int logged;
    private int left;

    RejectionLog(Clock clock) {
        this.clock = clock;
    }

    void rejected(WebhookRequest request, WebhookResponse response, String hint) {
        int query = request.path().indexOf('?');
        rejected(request.method() + " " + (query < 0 ? request.path() : request.path().substring(0, query)),
                request.remoteAddress(), response.status() + " " + response.body() + hint);
    }

    /**
     * @param what what was rejected, such as {@code POST /incoming}
     * @param remoteAddress who sent it
     * @param why the status and reason
     */
    void rejected(String what, String remoteAddress, String why) {
        int leftOut = 0;
        boolean log;
        synchronized (this) {
            long now = clock.millis();
            if (windowStart == Long.MIN_VALUE || now - windowStart >= MINUTE_MILLIS) {
                leftOut = left;
                windowStart = now;
                logged = 0;
                left = 0;
            }
            log = logged < LINES_PER_MINUTE;
            if (log) {
                logged++;
            } else {
                left++;
            }
        }
        if (leftOut > 0) {
            LOG.warn("{} more rejected webhook requests were not logged in the last minute", leftOut);
        }
        if (log) {
            LOG.warn("Rejected {} from {}: {}", what, remoteAddress, why);
        }
    }
}

package dev.kikbot.bot;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order in which a bot stops, all within one deadline: its servers stop accepting and finish their
 * requests, the webhook refuses new ones and handles those it acknowledged, the outbox sends what they
 * replied, and only then does the timer stop. Each step gets the time the earlier ones left.
 */
final class Shutdown {

    // Under the bot's name, where users look for its lines, as before the close moved here.
    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    private final String username;
    private final WebhookHandler webhook;
    private final Outbox outbox;
    private final ExecutorService timer;
    private final List<BotServer> servers = new CopyOnWriteArrayList<>();

    Shutdown(String username, WebhookHandler webhook, Outbox outbox, ExecutorService timer) {
        this.username = username;
        this.webhook = webhook;
        this.outbox = outbox;
        this.timer = timer;
    }

    /** Adds a server the bot started, to be closed first. */
    void track(BotServer server) {
        servers.add(server);
    }

    /**
     * Runs the steps; a second run finds nothing left to wait for.
     *
     * @return whether everything finished in time; what did not was cut off
     */
    boolean run(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean finished = true;
        for (BotServer server : servers) {
            finished &= server.close(left(deadline));
        }
        servers.clear();
        try {
            finished &= webhook.close(left(deadline));
            outbox.idle().get(left(deadline).toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        } catch (ExecutionException | TimeoutException e) {
            finished = false;
        }
        timer.shutdown();
        if (!finished) {
            LOG.warn("Bot {} closed before everything finished ({} allowed)", username, timeout);
        }
        return finished;
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }
}

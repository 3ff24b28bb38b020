package dev.kikbot.emulator;

import dev.kikbot.emulator.delivery.Backoff;
import dev.kikbot.emulator.store.StoreException;
import io.javalin.util.JavalinBindException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Kik's bot platform, running locally: the Bot API ({@code /v1/...}) with Kik's auth, limits and errors, the
 * control API ({@code /emulator/v1/...}) that plays the users, and signed delivery to the bots' webhooks from
 * an SQLite outbox.
 *
 * <pre>{@code
 * try (Emulator emulator = Emulator.builder().bot("echo", apiKey, "http://127.0.0.1:8081/incoming").build().start()) {
 *     KikApi kik = KikApi.builder("echo", apiKey).baseUrl(emulator.url()).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Shaped like Javalin: create, {@link #start()}, {@link #url()} and {@link #port()}, and {@link #close()},
 * which stops accepting requests, gives deliveries in flight a moment to finish, and closes the database.
 * What was not delivered stays in the outbox of a file database and is delivered at the next start.
 */
public final class Emulator implements AutoCloseable {

    private final Settings settings;
    private Running running;
    private boolean closed;

    private Emulator(Settings settings) {
        this.settings = settings;
    }

    /** @return a builder: loopback, a free port, an in-memory database, Kik's rate limits, no bots */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the database, registers the bots given to the builder, starts serving and delivers whatever the
     * outbox holds from the last run.
     *
     * @return this emulator, started
     * @throws UncheckedIOException with a {@link BindException} if the port is taken
     * @throws StoreException if the database cannot be opened or migrated
     * @throws IllegalStateException if it was started before
     */
    public synchronized Emulator start() {
        if (running != null || closed) {
            throw new IllegalStateException("An emulator starts once; build another one");
        }
        try {
            running = Running.start(settings);
        } catch (JavalinBindException e) {
            throw new UncheckedIOException(new BindException("Cannot listen on " + settings.host() + ":"
                    + settings.port() + ": the port is in use"));
        }
        return this;
    }

    /** @return the base URL of both APIs, such as {@code http://127.0.0.1:8080} */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port();
    }

    /** @return the port it listens on */
    public int port() {
        return started().port();
    }

    /** @return the registered bots, by username, with their keys and configuration */
    public List<BotAccount> bots() {
        return started().store().bots();
    }

    /** @return the bot of that name, if it is registered */
    public Optional<BotAccount> bot(String username) {
        return started().store().bot(username);
    }

    /** Stops serving, lets deliveries in flight finish for up to two seconds, and closes the database. */
    @Override
    public synchronized void close() {
        if (!closed && running != null) {
            running.close();
        }
        closed = true;
    }

    private synchronized Running started() {
        if (running == null || closed) {
            throw new IllegalStateException(closed ? "The emulator is closed" : "The emulator is not started");
        }
        return running;
    }

    /**
     * What the emulator was built with.
     *
     * @param scheduler times delivery retries; null for the emulator's own
     */
    record Settings(String host, int port, String database, Clock clock, RateLimits rateLimits, List<BotSpec> bots,
            Backoff backoff, ScheduledExecutorService scheduler, Duration webhookTimeout) {
    }

    /** A bot to register at start; an absent key is made up, an absent webhook left unset. */
    record BotSpec(String username, Optional<String> apiKey, Optional<String> webhook) {
    }

    /** Builds an {@link Emulator}. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private String database = ":memory:";
        private Clock clock = Clock.systemUTC();
        private RateLimits rateLimits = RateLimits.kik();
        private final List<BotSpec> bots = new ArrayList<>();
        private Backoff backoff = Backoff.standard();
        private ScheduledExecutorService scheduler;
        private Duration webhookTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /** @param host the address to listen on; loopback unless said otherwise */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** @param port the port; 0 (the default) for a free one */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** @param location an SQLite file, or {@code :memory:} (the default) for a database that is not kept */
        public Builder database(String location) {
            this.database = Objects.requireNonNull(location, "location");
            return this;
        }

        /** @param file an SQLite file, created if missing; kept across restarts */
        public Builder database(Path file) {
            return database(file.toString());
        }

        /** @param clock the time of timestamps and rate limits */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param limits the rate limits; {@link RateLimits#off()} for none */
        public Builder rateLimits(RateLimits limits) {
            this.rateLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Registers a bot with a random API key and no webhook. */
        public Builder bot(String username) {
            return bot(username, null, null);
        }

        /**
         * Registers a bot at start, or updates it if the database has it.
         *
         * @param apiKey its key; null or empty for a random UUIDv4
         * @param webhook where its messages go; null for none yet (the bot can set it with {@code POST /v1/config})
         */
        public Builder bot(String username, String apiKey, String webhook) {
            bots.add(new BotSpec(Objects.requireNonNull(username, "username"),
                    Optional.ofNullable(apiKey).filter(key -> !key.isEmpty()),
                    Optional.ofNullable(webhook).filter(url -> !url.isEmpty())));
            return this;
        }

        /** @param first the wait before the first retry of a failed delivery, doubled per failure up to max */
        public Builder deliveryBackoff(Duration first, Duration max) {
            this.backoff = new Backoff(first, max);
            return this;
        }

        /** @param scheduler times delivery retries (tests use one that does not wait); not shut down */
        public Builder deliveryScheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /** @param timeout how long a bot's webhook may take to answer */
        public Builder webhookTimeout(Duration timeout) {
            this.webhookTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** @return the emulator, not started */
        public Emulator build() {
            return new Emulator(new Settings(host, port, database, clock, rateLimits, List.copyOf(bots), backoff,
                    scheduler, webhookTimeout));
        }
    }
}

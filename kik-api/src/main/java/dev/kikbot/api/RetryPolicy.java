package dev.kikbot.api;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how often {@link KikApi} tries a request again.
 *
 * <ul>
 *   <li>429 Too Many Requests is retried after the server's {@code Retry-After} (or the backoff when it sent
 *       none), unless that is longer than {@link #maxRetryAfter()}.</li>
 *   <li>5xx answers and I/O failures are retried only when repeating the request cannot duplicate anything:
 *       GET requests, and message sends where every message carries an {@code id}.</li>
 *   <li>Backoff grows exponentially from {@link #initialBackoff()} up to {@link #maxBackoff()}, each wait
 *       drawn at random between half and all of it (jitter), so that clients do not retry in step.</li>
 * </ul>
 *
 * <p>The default makes 3 attempts in all; {@link #none()} makes one.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxRetryAfter = builder.maxRetryAfter;
    }

    /** @return 3 attempts, backoff from 500 ms up to 10 s, honouring a Retry-After of up to 60 s */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** @return a single attempt: nothing is retried */
    public static RetryPolicy none() {
        return NONE;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return attempts in all, the first included; 1 disables retries */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the wait before the first retry, before jitter */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the longest wait between attempts, before jitter */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the longest {@code Retry-After} still waited for; a longer one ends the retries */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The wait before a retry, before jitter: {@code initialBackoff * 2^(retry-1)}, at most
     * {@code maxBackoff}.
     *
     * @param retry 1 for the first retry
     * @return the wait
     */
    public Duration backoff(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1");
        }
        Duration wait = initialBackoff;
        for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "}";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {

        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        private Builder() {
        }

        /**
         * @param maxAttempts attempts in all, at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param initialBackoff the wait before the first retry; not negative
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = notNegative(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * @param maxBackoff the longest wait between attempts; not negative
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = notNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * @param maxRetryAfter the longest {@code Retry-After} still waited for; not negative
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = notNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /** @return the policy */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration notNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + value);
            }
            return value;
        }
    }
}

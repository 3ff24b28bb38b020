package dev.kikbot.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code Retry-After} as delay-seconds or as an HTTP date. */
class RetryAfterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2015-10-21T07:27:30Z"), ZoneOffset.UTC);

    @Test
    void seconds() {
        assertThat(RetryAfter.parse("7", NOW)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("-1", NOW)).isEmpty();
    }

    @Test
    void anHttpDateIsCountedFromTheClock() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 09:28:00 +0200", NOW)).contains(Duration.ofSeconds(30));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:27:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void garbageIsIgnored() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
    }
}

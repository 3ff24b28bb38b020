package dev.kikbot.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** {@code Retry-After} as delay-seconds or as an HTTP date. */
class RetryAfterTest {

    @Test
    void seconds() {
        assertThat(ApiTransport.retryAfter("7")).contains(Duration.ofSeconds(7));
        assertThat(ApiTransport.retryAfter(" 0 ")).contains(Duration.ZERO);
        assertThat(ApiTransport.retryAfter("-1")).isEmpty();
    }

    @Test
    void httpDate() {
        String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
        assertThat(ApiTransport.retryAfter(inThirtySeconds).orElseThrow())
                .isBetween(Duration.ofSeconds(25), Duration.ofSeconds(31));
        assertThat(ApiTransport.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
    }

    @Test
    void garbageIsIgnored() {
        assertThat(ApiTransport.retryAfter("soon")).isEmpty();
    }
}

package dev.kikbot.bot;

import static dev.kikbot.bot.Harness.envelope;
import static dev.kikbot.bot.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.kikbot.bot.Harness.Transport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Logs that help: a start line, one WARN per rejected webhook (rate-limited), never the key. */
class WebhookLogTest {

    @Test
    void startingSaysWhereAndWhetherSignaturesAreChecked() {
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b)) {
            assertThat(h.logs.lines(Level.INFO)).containsExactly(
                    "Bot testbot listening on " + h.url() + "/incoming, checking signatures");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void eachRejectedWebhookIsOneWarnWithItsReasonAndSender(Transport transport) {
        try (Harness h = new Harness(transport, b -> b)) {
            h.post("/incoming", envelope(text("laura", "hi")), "0000");
            h.post("/incoming", "{\"messages\":3}", dev.kikbot.api.KikSignature.sign(Harness.API_KEY, "{\"messages\":3}"));
            h.request("GET", "/incoming");
            assertThat(h.logs.warnings()).hasSize(3);
            assertThat(h.logs.warnings().get(0)).startsWith("Rejected POST /incoming from 127.0.0.1:")
                    .endsWith(": 403 Invalid signature (is the API key the bot was built with the one Kik signs its "
                            + "messages with?)");
            assertThat(h.logs.warnings().get(1)).contains(": 400 Invalid body: ");
            assertThat(h.logs.warnings().get(2)).startsWith("Rejected GET /incoming").endsWith("405 /incoming only accepts POST");
            assertThat(h.logs.events()).noneMatch(e -> e.getFormattedMessage().contains(Harness.API_KEY));
        }
    }

    @Test
    void rejectionsAreLimitedToTenLinesAMinuteAndTheRestAreCounted() {
        MutableClock clock = new MutableClock();
        try (Harness h = new Harness(Transport.JDK_SERVER, b -> b.clock(clock))) {
            for (int i = 0; i < 13; i++) {
                h.request("GET", "/incoming");
            }
            assertThat(h.logs.warnings()).hasSize(RejectionLog.LINES_PER_MINUTE);
            clock.advance(Duration.ofSeconds(61));
            h.request("GET", "/incoming");
            assertThat(h.logs.warnings()).hasSize(RejectionLog.LINES_PER_MINUTE + 2);
            assertThat(h.logs.warnings().get(RejectionLog.LINES_PER_MINUTE))
                    .isEqualTo("3 more rejected webhook requests were not logged in the last minute");
        }
    }
}

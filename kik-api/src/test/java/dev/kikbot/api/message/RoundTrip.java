package dev.kikbot.api.message;

import static dev.kikbot.api.Wire.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;

/** The round-trip property every golden message file must have. */
final class RoundTrip {

    private RoundTrip() {
    }

    /** Parsing then writing gives the same JSON, and parsing what was written gives an equal message. */
    static void assertWritesBackUnchanged(String json) {
        Message message = Messages.messageFromJson(json);
        assertSameJson(Messages.toJson(message), json);
        assertThat(Messages.messageFromJson(Messages.toJson(message))).isEqualTo(message);
    }
}

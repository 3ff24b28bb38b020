package dev.kikbot.emulator.store;

import java.util.List;
import java.util.Objects;

/**
 * A webhook request exactly as the emulator sent it, for the inspector: a developer compares it with what
 * their bot received, and checks the signature against these bytes.
 *
 * @param headers the headers the emulator set, in the order it set them
 * @param body the body sent, byte for byte (UTF-8 JSON)
 */
public record WebhookRequest(String url, List<Header> headers, String body) {

    /** One header line. */
    public record Header(String name, String value) {

        /** Checks that both are given. */
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Checks the fields and freezes the headers. */
    public WebhookRequest {
        Objects.requireNonNull(url, "url");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }
}

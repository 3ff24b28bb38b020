package dev.kikbot.emulator.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A bot's {@code POST /v1/message} or {@code /v1/broadcast}, as the emulator received and answered it.
 *
 * @param receivedAt when it was answered, in milliseconds since the epoch
 * @param status 200 when accepted; the refusal's status otherwise
 * @param requestBody the body the bot sent (UTF-8, as received)
 * @param answerBody what the emulator answered, for a refusal its {@code {"error","message"}}
 */
public record ApiCall(String bot, long receivedAt, String method, String path, int status, String requestBody,
        Optional<String> answerBody) {

    /** Checks that every field is given. */
    public ApiCall {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(requestBody, "requestBody");
        Objects.requireNonNull(answerBody, "answerBody");
    }

    /** @return whether the emulator accepted it */
    public boolean accepted() {
        return status >= 200 && status < 300;
    }
}

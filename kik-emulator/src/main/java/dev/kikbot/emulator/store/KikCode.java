package dev.kikbot.emulator.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A Kik Code a bot made with {@code POST /v1/code}.
 *
 * @param id its 40-hex id
 * @param bot the bot that made it: the one a scan opens a chat with
 * @param data what the bot embedded, given back in the {@code scan-data} of a scan
 */
public record KikCode(String id, String bot, Optional<String> data) {

    /** Checks that every field is given (the data as empty if none). */
    public KikCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(data, "data");
    }
}

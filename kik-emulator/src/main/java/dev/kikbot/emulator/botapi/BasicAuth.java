package dev.kikbot.emulator.botapi;

import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.store.Store;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** The Bot API's HTTP Basic auth: user = the bot's username, password = its API key. */
final class BasicAuth {

    private static final String PREFIX = "Basic ";

    private BasicAuth() {
    }

    /** @return the username the Authorization header names, whether or not its key is right */
    static Optional<String> claimedUsername(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /**
     * @return the bot the request authenticates as
     * @throws ApiError 401 if the credentials are missing, malformed or not a bot's
     */
    static BotAccount bot(Context ctx, Store store) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw ApiError.unauthorized("HTTP Basic auth is required: the bot's username and API key");
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw ApiError.unauthorized("The Authorization header is not Basic base64(username:apiKey)");
        }
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            throw ApiError.unauthorized("The Authorization header is not Basic base64(username:apiKey)");
        }
        String username = credentials.substring(0, colon);
        byte[] key = credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        Optional<BotAccount> bot = store.bot(username);
        // Compared in constant time, as a real platform would, though nobody times the emulator.
        if (bot.isEmpty() || !MessageDigest.isEqual(key, bot.get().apiKey().getBytes(StandardCharsets.UTF_8))) {
            throw ApiError.unauthorized("Wrong username or API key");
        }
        return bot.get();
    }
}

package dev.kikbot.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Exchanges;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.platform.Chats;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Store;
import dev.kikbot.emulator.transcript.Replay;
import dev.kikbot.emulator.transcript.Transcript;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;

/**
 * Transcripts: {@code GET /chats/{chatId}/transcript} writes a chat down as a file, and
 * {@code POST /transcripts/replay} plays one's user side against a bot and reports where the bot's answers
 * differ. The format is in {@code docs/emulator.md}.
 */
public final class TranscriptRoutes {

    /** How long a replay waits for each turn's answers unless told otherwise. */
    static final long DEFAULT_WAIT_MILLIS = 2_000;

    private final Chats chats;
    private final Store store;
    private final Replay replay;
    private final Clock clock;

    public TranscriptRoutes(Store store, Chats chats, Replay replay, Clock clock) {
        this.chats = chats;
        this.store = store;
        this.replay = replay;
        this.clock = clock;
    }

    /** Adds the endpoints. */
    public void routes(Javalin app) {
        app.get(ControlApi.BASE + "/chats/{chatId}/transcript", this::export);
        app.post(ControlApi.BASE + "/transcripts/replay", this::replay);
    }

    private void export(Context ctx) {
        Chat chat = chats.require(ctx.pathParam("chatId"));
        ctx.header("Content-Disposition", "attachment; filename=\"transcript-" + chat.chatId() + ".json\"");
        Exchanges.json(ctx, 200, Transcript.of(chat, store).toJson(clock.millis()));
    }

    private void replay(Context ctx) {
        ObjectNode body = Exchanges.jsonBody(ctx);
        Transcript transcript = Transcript.fromJson(body.get("transcript"));
        JsonNode waitMs = body.get("waitMs");
        long wait = DEFAULT_WAIT_MILLIS;
        if (waitMs != null && !waitMs.isNull()) {
            if (!waitMs.canConvertToLong() || waitMs.asLong() < 0) {
                throw ApiError.badRequest("waitMs: must be a whole number of at least 0");
            }
            wait = Math.min(waitMs.asLong(), MessagePoll.MAX_WAIT_MILLIS);
        }
        Exchanges.json(ctx, 200, replay.run(transcript, Json.optionalString(body, "bot"), Duration.ofMillis(wait)));
    }
}

package dev.kikbot.emulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.emulator.http.Exchanges;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.platform.Chats;
import dev.kikbot.emulator.platform.Reads;
import dev.kikbot.emulator.platform.Scans;
import dev.kikbot.emulator.platform.Taps;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.function.Function;

/**
 * What users do besides writing: tap a suggested response, read the bot's messages, scan a Kik Code. Each
 * answers 201 with the message the bot's webhook receives for it, as {@code POST .../messages} does.
 */
public final class InteractionRoutes {

    private final Chats chats;
    private final Taps taps;
    private final Reads reads;
    private final Scans scans;

    public InteractionRoutes(Chats chats, Taps taps, Reads reads, Scans scans) {
        this.chats = chats;
        this.taps = taps;
        this.reads = reads;
        this.scans = scans;
    }

    /** Adds the endpoints. */
    public void routes(Javalin app) {
        String chat = ControlApi.BASE + "/chats/{chatId}";
        app.post(chat + "/taps", ctx -> answer(ctx, body -> taps.tap(chats.require(ctx.pathParam("chatId")), body)));
        app.post(chat + "/reads", ctx -> answer(ctx, body -> reads.read(chats.require(ctx.pathParam("chatId")), body)));
        app.post(ControlApi.BASE + "/codes/{id}/scans", ctx -> answer(ctx, body -> scans.scan(ctx.pathParam("id"), body)));
    }

    /** Answers 201 {@code {"message":{...}}} with the JSON the action produced. */
    static void answer(Context ctx, Function<ObjectNode, String> action) {
        String json = action.apply(Exchanges.jsonBody(ctx));
        ObjectNode answer = Json.object();
        answer.set("message", Json.tree(json));
        Exchanges.json(ctx, 201, answer);
    }
}

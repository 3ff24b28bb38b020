package dev.kikbot.emulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Exchanges;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.platform.Chats;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * What the web page needs besides the control API of the test kit: the inspector's view of a message, the
 * Bot API calls the emulator refused, the codes and configuration of a bot, and a user opening a direct chat
 * again (start-chatting).
 */
public final class InspectorRoutes {

    private static final int MAX_REFUSALS_SHOWN = 1000;

    private final Store store;
    private final Chats chats;

    public InspectorRoutes(Store store, Chats chats) {
        this.store = store;
        this.chats = chats;
    }

    /** Adds the endpoints. */
    public void routes(Javalin app) {
        String base = ControlApi.BASE;
        app.get(base + "/chats/{chatId}/messages/{seq}/inspection", this::inspect);
        app.get(base + "/refusals", ctx -> Exchanges.json(ctx, 200, Views.list("refusals",
                store.refusals(query(ctx, "chat"), query(ctx, "bot"), Exchanges.nonNegative(ctx, "after", 0),
                        MAX_REFUSALS_SHOWN), InspectorViews::refusal)));
        app.get(base + "/bots/{username}/codes", ctx -> Exchanges.json(ctx, 200, Views.list("codes",
                store.codes(bot(ctx).username()), InspectorViews::code)));
        app.get(base + "/bots/{username}/configuration", ctx ->
                Exchanges.json(ctx, 200, bot(ctx).configuration().toJson()));
        app.post(base + "/chats/{chatId}/start-chatting", this::startChatting);
    }

    private void inspect(Context ctx) {
        Chat chat = chats.require(ctx.pathParam("chatId"));
        String seqParam = ctx.pathParam("seq");
        long seq;
        try {
            seq = Long.parseLong(seqParam);
        } catch (NumberFormatException notNumber) {
            throw ApiError.badRequest("seq: must be a message's sequence number, not '" + seqParam + "'");
        }
        Exchanges.json(ctx, 200, InspectorViews.inspection(store.inspection(chat.chatId(), seq).orElseThrow(() ->
                ApiError.notFound("seq: chat " + chat.chatId() + " has no message " + seq))));
    }

    private void startChatting(Context ctx) {
        Chat chat = chats.require(ctx.pathParam("chatId"));
        ObjectNode body = Exchanges.jsonBody(ctx);
        String from = Json.requiredString(body, "from");
        if (!ChatType.DIRECT.value().equals(chat.chatType())) {
            throw ApiError.badRequest("chatId: start-chatting opens a direct chat; " + chat.chatId() + " is a "
                    + chat.chatType() + " group");
        }
        if (!chat.participants().contains(from)) {
            throw ApiError.badRequest("from: '" + from + "' is not in chat " + chat.chatId());
        }
        ObjectNode answer = Json.object();
        answer.set("message", Json.tree(chats.greet(chat, from)));
        Exchanges.json(ctx, 201, answer);
    }

    private BotAccount bot(Context ctx) {
        String username = ctx.pathParam("username");
        return store.bot(username).orElseThrow(() -> ApiError.notFound("There is no bot '" + username + "'"));
    }

    private static Optional<String> query(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(value -> !value.isEmpty());
    }
}

package dev.kikbot.emulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Exchanges;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.platform.Chats;
import dev.kikbot.emulator.platform.UserMessages;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The control API's chats: open a direct chat or a group, list chats, say something as a user, and read a chat's
 * history, waiting for what comes next if asked to.
 */
public final class ChatRoutes {

    private final Store store;
    private final Chats chats;
    private final UserMessages users;
    private final MessagePoll poll;

    public ChatRoutes(Store store, Chats chats, UserMessages users, MessagePoll poll) {
        this.store = store;
        this.chats = chats;
        this.users = users;
        this.poll = poll;
    }

    /** Adds the endpoints. */
    public void routes(Javalin app) {
        String base = ControlApi.BASE + "/chats";
        app.post(base, this::open);
        app.get(base, ctx -> Exchanges.json(ctx, 200, Views.list("chats",
                store.chats(query(ctx, "bot"), query(ctx, "user")), Views::chat)));
        app.post(base + "/{chatId}/messages", this::say);
        app.get(base + "/{chatId}/messages", ctx -> poll.answer(ctx, chats.require(ctx.pathParam("chatId"))));
    }

    private void open(Context ctx) {
        ObjectNode body = Exchanges.jsonBody(ctx);
        String bot = Json.requiredString(body, "bot");
        List<String> users = Json.requiredStrings(body, "users");
        String type = Json.optionalString(body, "chatType").orElse(ChatType.DIRECT.value());
        if (ChatType.PRIVATE.value().equals(type) || ChatType.PUBLIC.value().equals(type)) {
            Exchanges.json(ctx, 201, Views.chat(chats.openGroup(bot, users, ChatType.of(type))));
            return;
        }
        if (!ChatType.DIRECT.value().equals(type)) {
            throw ApiError.badRequest("chatType: '" + type + "' is not a chat type; one of direct, private, public");
        }
        if (users.size() != 1) {
            throw ApiError.badRequest("users: a direct chat has exactly one user, not " + users.size());
        }
        Chats.Opened opened = chats.openDirect(bot, users.get(0));
        Exchanges.json(ctx, opened.created() ? 201 : 200, Views.chat(opened.chat()));
    }

    private void say(Context ctx) {
        Chat chat = chats.require(ctx.pathParam("chatId"));
        InteractionRoutes.answer(ctx, body -> users.send(chat, body));
    }

    private static Optional<String> query(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(value -> !value.isEmpty());
    }
}

package dev.kikbot.emulator.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.Configuration;
import dev.kikbot.api.KikParseException;
import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Exchanges;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.platform.BotMessages;
import dev.kikbot.emulator.platform.Bots;
import dev.kikbot.emulator.platform.MessageFeed;
import dev.kikbot.emulator.store.ApiCall;
import dev.kikbot.emulator.store.SimUser;
import dev.kikbot.emulator.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The Bot API under {@code /v1}, as api.kik.com answered it: Basic auth on every call, {@code 200 {}} for
 * accepted messages, the configuration echoed as stored, profiles only of users who chatted with the bot,
 * and 40-hex Kik Code ids.
 */
public final class BotApi {

    private final Store store;
    private final Bots bots;
    private final BotMessages sends;
    private final Clock clock;
    private final Refusals refusals;
    private final SecureRandom random = new SecureRandom();

    /** @param feed told of the sends the emulator refuses */
    public BotApi(Store store, Bots bots, BotMessages sends, MessageFeed feed, Clock clock) {
        this.store = store;
        this.bots = bots;
        this.sends = sends;
        this.clock = clock;
        this.refusals = new Refusals(store, feed, clock);
    }

    /** Adds the endpoints. */
    public void routes(Javalin app) {
        app.post("/v1/message", ctx -> send(ctx, false));
        app.post("/v1/broadcast", ctx -> send(ctx, true));
        app.get("/v1/config", ctx -> Exchanges.json(ctx, 200, bot(ctx).configuration().toJson()));
        app.post("/v1/config", this::configure);
        app.get("/v1/user/{username}", this::profile);
        app.post("/v1/code", this::code);
    }

    private BotAccount bot(Context ctx) {
        return BasicAuth.bot(ctx, store);
    }

    /**
     * Accepts a send, or records why it was refused: a refusal of a bot that authenticated, or that named
     * an existing bot with the wrong key, is kept for the web page.
     */
    private void send(Context ctx, boolean broadcast) {
        String claimed = BasicAuth.claimedUsername(ctx).orElse(null);
        byte[] body = new byte[0];
        try {
            BotAccount bot = bot(ctx);
            body = Exchanges.body(ctx);
            String answer = "{}";
            sends.accept(bot.username(), body, broadcast, new ApiCall(bot.username(), clock.millis(), "POST",
                    ctx.path(), 200, new String(body, StandardCharsets.UTF_8), Optional.of(answer)));
            Exchanges.json(ctx, 200, answer);
        } catch (ApiError refused) {
            if (claimed != null && store.bot(claimed).isPresent()) {
                if (refused.status() == 401) {
                    body = bodyOf(ctx);
                }
                refusals.record(claimed, ctx.path(), body, refused);
            }
            throw refused;
        }
    }

    /** @return the body of a request refused before it was read, if it can still be read */
    private static byte[] bodyOf(Context ctx) {
        try {
            return Exchanges.body(ctx);
        } catch (ApiError | java.io.UncheckedIOException unreadable) {
            return new byte[0];
        }
    }

    private void configure(Context ctx) {
        BotAccount bot = bot(ctx);
        byte[] body = Exchanges.body(ctx);
        Json.requestObject(body);
        Configuration config;
        try {
            config = Configuration.fromJson(new String(body, StandardCharsets.UTF_8));
        } catch (KikParseException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        Exchanges.json(ctx, 200, bots.configure(bot, config).configuration().toJson());
    }

    private void profile(Context ctx) {
        BotAccount bot = bot(ctx);
        String username = ctx.pathParam("username");
        SimUser user = store.user(username).filter(u -> store.hasChatted(bot.username(), u.username()))
                .orElseThrow(() -> ApiError.notFound("No user '" + username + "' has chatted with this bot"));
        ObjectNode profile = Json.object().put("firstName", user.firstName()).put("lastName", user.lastName());
        user.profilePicUrl().ifPresent(url -> profile.put("profilePicUrl", url));
        user.profilePicLastModified().ifPresent(seconds -> profile.put("profilePicLastModified", seconds));
        user.timezone().ifPresent(zone -> profile.put("timezone", zone));
        Exchanges.json(ctx, 200, profile);
    }

    private void code(Context ctx) {
        BotAccount bot = bot(ctx);
        ObjectNode body = Exchanges.jsonBody(ctx);
        byte[] id = new byte[20];
        random.nextBytes(id);
        String hex = HexFormat.of().formatHex(id);
        store.addCode(hex, bot.username(), Json.optionalString(body, "data"), clock.millis());
        Exchanges.json(ctx, 200, Json.object().put("id", hex));
    }
}

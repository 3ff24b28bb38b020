package dev.kikbot.emulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.message.OutgoingRules;
import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Exchanges;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.platform.Bots;
import dev.kikbot.emulator.store.SimUser;
import dev.kikbot.emulator.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The control API's bots, users, deliveries and reset, under {@value #BASE}: how the web page, the test kit
 * and other tools set the stage. Chats and messages are in {@link ChatRoutes}.
 */
public final class ControlApi {

    /** Where the control API lives. */
    public static final String BASE = "/emulator/v1";
    private static final int MAX_ATTEMPTS_SHOWN = 1000;

    private final Store store;
    private final Bots bots;
    private final Runnable reset;
    private final Clock clock;

    /**
     * @param reset forgets everything and sets up the bots the emulator was started with
     */
    public ControlApi(Store store, Bots bots, Runnable reset, Clock clock) {
        this.store = store;
        this.bots = bots;
        this.reset = reset;
        this.clock = clock;
    }

    /** Adds the endpoints. */
    public void routes(Javalin app) {
        app.post(BASE + "/bots", this::addBot);
        app.get(BASE + "/bots", ctx -> Exchanges.json(ctx, 200, Views.list("bots", store.bots(), Views::bot)));
        app.get(BASE + "/bots/{username}", ctx -> Exchanges.json(ctx, 200, Views.bot(bot(ctx))));
        app.get(BASE + "/bots/{username}/deliveries", ctx -> Exchanges.json(ctx, 200, Views.list("deliveries",
                store.attempts(bot(ctx).username(), MAX_ATTEMPTS_SHOWN), Views::attempt)));
        app.post(BASE + "/users", this::addUser);
        app.get(BASE + "/users", ctx -> Exchanges.json(ctx, 200, Views.list("users", store.users(), Views::user)));
        app.post(BASE + "/reset", ctx -> {
            reset.run();
            Exchanges.json(ctx, 200, Json.object());
        });
    }

    private BotAccount bot(Context ctx) {
        String username = ctx.pathParam("username");
        return store.bot(username).orElseThrow(() -> ApiError.notFound("There is no bot '" + username + "'"));
    }

    private void addBot(Context ctx) {
        ObjectNode body = Exchanges.jsonBody(ctx);
        BotAccount bot = bots.register(Json.requiredString(body, "username"), Json.optionalString(body, "apiKey"),
                Json.optionalString(body, "webhook"));
        Exchanges.json(ctx, 201, Views.bot(bot));
    }

    private void addUser(Context ctx) {
        ObjectNode body = Exchanges.jsonBody(ctx);
        String username = Json.requiredString(body, "username");
        if (!OutgoingRules.isValidUsername(username)) {
            throw ApiError.badRequest("username: '" + username + "' is not a valid Kik username ("
                    + OutgoingRules.USERNAME.pattern() + ")");
        }
        Optional<String> picture = Json.optionalString(body, "profilePicUrl");
        SimUser user = new SimUser(username, Json.requiredString(body, "firstName"),
                Json.requiredString(body, "lastName"), picture,
                picture.isPresent() ? OptionalLong.of(clock.millis() / 1000) : OptionalLong.empty(),
                timezone(body));
        if (!store.addUser(user)) {
            throw ApiError.conflict("username: a user '" + username + "' exists already");
        }
        Exchanges.json(ctx, 201, Views.user(user));
    }

    private static Optional<String> timezone(ObjectNode body) {
        Optional<String> zone = Json.optionalString(body, "timezone");
        zone.ifPresent(id -> {
            try {
                java.time.ZoneId.of(id);
            } catch (java.time.DateTimeException notZone) {
                throw ApiError.badRequest("timezone: '" + id + "' is not an IANA time zone such as America/Toronto");
            }
        });
        return zone;
    }
}

package dev.kikbot.bot;

import dev.kikbot.api.KikApi;
import dev.kikbot.api.KikParseException;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's webhook, free of any HTTP framework: give it a request's method, path, headers and raw body,
 * get back the status and body to answer. {@link BotServer} and {@link KikBotServlet} are thin adapters
 * around it; any other server can be one too.
 *
 * <p>On the incoming path ({@code /incoming} by default) it answers 405 to anything but POST, 413 to a body
 * over the size limit, 403 {@code Invalid signature} unless {@code X-Kik-Signature} is the HMAC of the raw
 * body, 403 when {@code X-Kik-Username} names another bot, 400 with a reason for a body that is not
 * {@code {"messages":[...]}}, and 200 {@code OK} once every message was handled and every reply was
 * accepted by the API or reported as failed. So a slow API slows the webhook down instead of filling
 * memory. With {@link BotBuilder#acknowledgeBeforeHandling()} it answers 200 at once and queues the
 * messages, or 503 when the queue is full. Past the bound on requests in progress, and once the bot is
 * closing, it answers 503 with {@code Retry-After}. On the Kik Code path ({@code /kik-code.png}) a GET
 * redirects to the bot's code image. Anything else is 404. Every rejected request is logged at WARN (at
 * most ten lines a minute).
 */
public final class WebhookHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);
    private static final String UNKNOWN_ADDRESS = "an unknown address";

    private final BotOptions options;
    private final KikApi kik;
    private final Dispatcher dispatcher;
    private final InFlight inFlight;
    private final AcknowledgedQueue queue;
    private final RejectionLog rejections;
    private final KikCodeRoute kikCodes;

    WebhookHandler(BotOptions options, KikApi kik, Dispatcher dispatcher) {
        this.options = options;
        this.kik = kik;
        this.dispatcher = dispatcher;
        this.inFlight = new InFlight(options.maxRequestsInFlight());
        this.queue = options.acknowledgeFirst() ? new AcknowledgedQueue(
                Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), options.acknowledgeQueueCapacity(),
                dispatcher::handle) : null;
        this.rejections = new RejectionLog(options.clock());
        this.kikCodes = new KikCodeRoute(kik, options.kikCodePath());
    }

    /**
     * Handles a request, waiting for its handlers and their replies.
     *
     * @param method the request method
     * @param path the request path, optionally with its query string
     * @param headers the request headers; names are matched without regard to case
     * @param rawBody the exact bytes of the request body; empty if none
     * @return what to answer
     */
    public WebhookResponse handle(String method, String path, Map<String, List<String>> headers, byte[] rawBody) {
        return handleAsync(new WebhookRequest(method, path, headers, rawBody, UNKNOWN_ADDRESS)).join();
    }

    /**
     * Handles a request: handlers run on the calling thread, and the answer comes when their replies have
     * settled, without holding the thread meanwhile.
     *
     * @param request the request
     * @return what to answer; never fails for a handler's or the API's failure, which go to the error handler
     */
    public CompletableFuture<WebhookResponse> handleAsync(WebhookRequest request) {
        if (!inFlight.tryEnter()) {
            return CompletableFuture.completedFuture(reject(request, WebhookResponse.of(503,
                    inFlight.closing() ? "The bot is shutting down" : "Too many webhook requests in progress")
                    .withHeader("Retry-After", "1"), ""));
        }
        try {
            return route(request).whenComplete((answer, error) -> inFlight.exit());
        } catch (RuntimeException | Error e) {
            inFlight.exit();
            throw e;
        }
    }

    /** @return the largest body accepted, so adapters can stop reading early */
    public int maxBodyBytes() {
        return options.maxBodyBytes();
    }

    /**
     * Answers 503 to new requests, waits for those in progress and, when acknowledging first, handles every
     * message already acknowledged.
     *
     * @return whether all of it finished within the timeout
     */
    boolean close(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean finished = inFlight.close(timeout);
        if (queue != null) {
            finished &= queue.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        return finished;
    }

    private CompletableFuture<WebhookResponse> route(WebhookRequest request) {
        String path = request.path();
        int query = path.indexOf('?');
        String route = query < 0 ? path : path.substring(0, query);
        if (route.equals(options.incomingPath())) {
            return incoming(request);
        }
        if (route.equals(options.kikCodePath())) {
            return kikCodes.handle(request.method(), query < 0 ? "" : path.substring(query + 1));
        }
        LOG.debug("No route for {} {} from {}", request.method(), route, request.remoteAddress());
        return CompletableFuture.completedFuture(WebhookResponse.of(404, "Not found"));
    }

    private CompletableFuture<WebhookResponse> incoming(WebhookRequest request) {
        WebhookResponse refused = check(request);
        if (refused != null) {
            return CompletableFuture.completedFuture(refused);
        }
        List<Message> messages;
        try {
            messages = Messages.fromJson(request.body());
        } catch (KikParseException e) {
            return CompletableFuture.completedFuture(
                    reject(request, WebhookResponse.of(400, "Invalid body: " + e.getMessage()), ""));
        }
        if (queue == null) {
            return dispatcher.handle(messages).thenApply(settled -> WebhookResponse.of(200, "OK"));
        }
        if (!queue.offer(messages)) {
            return CompletableFuture.completedFuture(reject(request, WebhookResponse.of(503,
                    "Too many messages waiting to be handled").withHeader("Retry-After", "1"), ""));
        }
        return CompletableFuture.completedFuture(WebhookResponse.of(200, "OK"));
    }

    /** @return the answer refusing the request, or null if it may be handled */
    private WebhookResponse check(WebhookRequest request) {
        if (!"POST".equalsIgnoreCase(request.method())) {
            return reject(request, WebhookResponse.of(405, options.incomingPath() + " only accepts POST"), "");
        }
        if (request.body().length > options.maxBodyBytes()) {
            return reject(request, WebhookResponse.of(413, "Body larger than " + options.maxBodyBytes() + " bytes"), "");
        }
        for (String username : request.headers("X-Kik-Username")) {
            if (!username.equalsIgnoreCase(kik.username())) {
                return reject(request, WebhookResponse.of(403,
                        "Messages for " + username + " are not for " + kik.username()), "");
            }
        }
        if (options.verifySignatures() && !kik.verifySignature(request.header("X-Kik-Signature"), request.body())) {
            return reject(request, WebhookResponse.of(403, "Invalid signature"),
                    " (is the API key the bot was built with the one Kik signs its messages with?)");
        }
        return null;
    }

    private WebhookResponse reject(WebhookRequest request, WebhookResponse response, String hint) {
        rejections.rejected(request, response, hint);
        return response;
    }
}

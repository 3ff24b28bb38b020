package dev.kikbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kikbot.api.internal.ApiTransport;
import dev.kikbot.api.internal.Json;
import dev.kikbot.api.internal.PythonJson;
import dev.kikbot.api.internal.SendPlan;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.OutgoingRules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * The Kik Bot API client: send messages and broadcasts, read and set the bot's configuration, read user
 * profiles, create Kik Codes and verify webhook signatures.
 *
 * <pre>{@code
 * KikApi kik = KikApi.builder("mybot", apiKey).build();
 * kik.sendMessages(List.of(TextMessage.builder().to("aleem").chatId(chatId).body("Hi").build()));
 * }</pre>
 *
 * <p>One instance per bot; it is thread-safe and holds its own credentials, base URL and HTTP client, so
 * several bots (or a bot and an emulator) live side by side. Every call exists blocking and as
 * {@code ...Async}. A blocking call throws a {@link KikException}; an async call's future fails with the same
 * exception (wrapped in {@link CompletionException} by {@code join()}).
 *
 * <p>Sends are checked against {@link OutgoingRules} before any request. Sends that exceed one request's
 * limits (25 messages, 5 per recipient; 100 per broadcast) are split into as few requests as the limits
 * allow, sent one after another so each recipient's messages arrive in order. If a later request fails,
 * {@link KikPartialSendException} tells which messages were accepted.
 */
public final class KikApi {

    private final String username;
    private final String apiKey;
    private final URI baseUrl;
    private final ApiTransport transport;

    private KikApi(Builder builder) {
        this.username = builder.username;
        this.apiKey = builder.apiKey;
        this.baseUrl = builder.baseUrl;
        HttpClient client = builder.httpClient;
        if (client == null) {
            HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(builder.connectTimeout);
            if (builder.executor != null) {
                http.executor(builder.executor);
            }
            client = http.build();
        }
        this.transport = new ApiTransport(client, baseUrl, username, apiKey, new ApiTransport.Settings(
                builder.requestTimeout, builder.retryPolicy, builder.logBodies, builder.maxConcurrentRequests,
                builder.retryScheduler, builder.clock));
    }

    /**
     * @param username the bot's username
     * @param apiKey the bot's API key
     * @return a builder for a client of {@code https://api.kik.com}
     */
    public static Builder builder(String username, String apiKey) {
        return new Builder(username, apiKey);
    }

    /** @return the bot's username */
    public String username() {
        return username;
    }

    /** @return the API's base URL, such as {@code https://api.kik.com} */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Sends messages through {@code POST /v1/message}, split into as many requests as the limits need.
     *
     * @param messages outgoing messages, each with a {@code to}
     * @throws KikValidationException if a message breaks a send rule; nothing is sent
     * @throws KikApiException if the API refused the first request
     * @throws KikTransportException if the first request got no answer
     * @throws KikPartialSendException if a later request failed after earlier ones were accepted
     */
    public void sendMessages(List<? extends Message> messages) {
        join(sendMessagesAsync(messages));
    }

    /**
     * @param messages outgoing messages, each with a {@code to}
     * @return completes when every message was accepted; fails as {@link #sendMessages(List)} throws
     */
    public CompletableFuture<Void> sendMessagesAsync(List<? extends Message> messages) {
        return send("/v1/message", messages, list -> SendPlan.split(recipients(list),
                OutgoingRules.MAX_MESSAGES_PER_REQUEST, OutgoingRules.MAX_MESSAGES_PER_RECIPIENT));
    }

    /**
     * Sends messages through {@code POST /v1/broadcast}, in requests of at most 100.
     *
     * @param messages outgoing messages, each with a {@code to}
     * @throws KikValidationException if a message breaks a send rule; nothing is sent
     * @throws KikApiException if the API refused the first request
     * @throws KikTransportException if the first request got no answer
     * @throws KikPartialSendException if a later request failed after earlier ones were accepted
     */
    public void sendBroadcast(List<? extends Message> messages) {
        join(sendBroadcastAsync(messages));
    }

    /**
     * @param messages outgoing messages, each with a {@code to}
     * @return completes when every message was accepted; fails as {@link #sendBroadcast(List)} throws
     */
    public CompletableFuture<Void> sendBroadcastAsync(List<? extends Message> messages) {
        return send("/v1/broadcast", messages,
                list -> SendPlan.chunks(list.size(), OutgoingRules.MAX_BROADCAST_MESSAGES));
    }

    /**
     * Reads the bot's configuration: {@code GET /v1/config}.
     *
     * @return the configuration
     * @throws KikApiException if the API answered with an error
     * @throws KikTransportException if no answer came
     */
    public Configuration getConfiguration() {
        return join(getConfigurationAsync());
    }

    /** @return the configuration; fails as {@link #getConfiguration()} throws */
    public CompletableFuture<Configuration> getConfigurationAsync() {
        return transport.call("GET", "/v1/config", null, true)
                .thenApply(body -> Configuration.fromJson(utf8(body)));
    }

    /**
     * Sets the bot's configuration: {@code POST /v1/config}.
     *
     * @param configuration the new configuration; it needs a webhook
     * @return the configuration as the server stored it (the one sent, if the server echoed nothing)
     * @throws KikValidationException if the configuration has no webhook
     * @throws KikApiException if the API answered with an error
     * @throws KikTransportException if no answer came
     */
    public Configuration setConfiguration(Configuration configuration) {
        return join(setConfigurationAsync(configuration));
    }

    /**
     * @param configuration the new configuration; it needs a webhook
     * @return the stored configuration; fails as {@link #setConfiguration(Configuration)} throws
     */
    public CompletableFuture<Configuration> setConfigurationAsync(Configuration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        if (configuration.webhook().isEmpty()) {
            return CompletableFuture.failedFuture(
                    new KikValidationException(List.of(new Violation(-1, "webhook", "is required"))));
        }
        byte[] body = configuration.toJson().getBytes(StandardCharsets.UTF_8);
        return transport.call("POST", "/v1/config", body, false).thenApply(answer -> {
            String text = utf8(answer).trim();
            return text.isEmpty() || text.equals("{}") ? configuration : Configuration.fromJson(text);
        });
    }

    /**
     * Reads a user's profile: {@code GET /v1/user/{username}}. The user must chat with the bot.
     *
     * @param username the user's username
     * @return the profile
     * @throws KikValidationException if {@code username} is not a valid username; nothing is sent
     * @throws KikApiException if the API answered with an error, 404 for an unknown user
     * @throws KikTransportException if no answer came
     */
    public User getUser(String username) {
        return join(getUserAsync(username));
    }

    /**
     * @param username the user's username
     * @return the profile; fails as {@link #getUser(String)} throws
     */
    public CompletableFuture<User> getUserAsync(String username) {
        if (!OutgoingRules.isValidUsername(username)) {
            return CompletableFuture.failedFuture(new KikValidationException(List.of(new Violation(-1,
                    "username", "'" + username + "' is not a valid username (" + OutgoingRules.USERNAME + ")"))));
        }
        return transport.call("GET", "/v1/user/" + username, null, true).thenApply(body -> User.fromJson(utf8(body)));
    }

    /**
     * Creates a Kik Code without data: {@code POST /v1/code} with {@code {}}.
     *
     * @return the code
     * @throws KikApiException if the API answered with an error
     * @throws KikTransportException if no answer came
     */
    public Code createCode() {
        return join(createCodeAsync());
    }

    /**
     * Creates a Kik Code that embeds a string, sent back to the bot in a {@code scan-data} message.
     *
     * @param data the data to embed
     * @return the code
     * @throws KikApiException if the API answered with an error
     * @throws KikTransportException if no answer came
     */
    public Code createCode(String data) {
        return join(createCodeAsync(data));
    }

    /**
     * Creates a Kik Code that embeds a map, JSON-encoded into the {@code data} string exactly as kik-python
     * encodes it ({@code {"akey": "avalue"}}, in the map's iteration order).
     *
     * @param data the data to embed
     * @return the code
     * @throws KikApiException if the API answered with an error
     * @throws KikTransportException if no answer came
     */
    public Code createCode(Map<String, ?> data) {
        return join(createCodeAsync(data));
    }

    /** @return the code; fails as {@link #createCode()} throws */
    public CompletableFuture<Code> createCodeAsync() {
        return postCode("{}");
    }

    /**
     * @param data the data to embed
     * @return the code; fails as {@link #createCode(String)} throws
     */
    public CompletableFuture<Code> createCodeAsync(String data) {
        Objects.requireNonNull(data, "data");
        return postCode(JsonNodeFactory.instance.objectNode().put("data", data).toString());
    }

    /**
     * @param data the data to embed
     * @return the code; fails as {@link #createCode(Map)} throws
     */
    public CompletableFuture<Code> createCodeAsync(Map<String, ?> data) {
        Objects.requireNonNull(data, "data");
        return createCodeAsync(PythonJson.dumps(data));
    }

    /**
     * Checks a webhook request's {@code X-Kik-Signature} against this bot's API key.
     *
     * @param header the header as received; may be null
     * @param rawBody the exact bytes of the request body, not re-serialised JSON
     * @return whether the signature is valid
     * @see KikSignature
     */
    public boolean verifySignature(String header, byte[] rawBody) {
        return KikSignature.verify(apiKey, header, rawBody);
    }

    /** @return the username and base URL; never the API key */
    @Override
    public String toString() {
        return "KikApi{username=" + username + ", baseUrl=" + baseUrl + "}";
    }

    private CompletableFuture<Code> postCode(String body) {
        return transport.call("POST", "/v1/code", body.getBytes(StandardCharsets.UTF_8), false)
                .thenApply(answer -> {
                    JsonNode id;
                    try {
                        id = Json.readTree(answer).path("id");
                    } catch (IOException e) {
                        throw new KikParseException("POST /v1/code: the answer is not JSON: " + utf8(answer), e);
                    }
                    if (!id.isTextual() || id.textValue().isEmpty()) {
                        throw new KikParseException("POST /v1/code: the answer has no id: " + utf8(answer));
                    }
                    return Code.of(id.textValue(), baseUrl);
                });
    }

    private CompletableFuture<Void> send(String path, List<? extends Message> messages,
            Function<List<? extends Message>, List<List<Integer>>> planner) {
        Objects.requireNonNull(messages, "messages");
        try {
            OutgoingRules.validate(messages); // before copying: a null message is a violation, not an NPE
        } catch (KikValidationException e) {
            return CompletableFuture.failedFuture(e);
        }
        List<Message> all = List.copyOf(messages);
        List<List<Message>> requests = new ArrayList<>();
        for (List<Integer> indexes : planner.apply(all)) {
            requests.add(indexes.stream().map(all::get).toList());
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        sendFrom(path, requests, 0, done);
        return done;
    }

    /** Sends the requests one after another, so no recipient's later message overtakes an earlier one. */
    private void sendFrom(String path, List<List<Message>> requests, int next, CompletableFuture<Void> done) {
        if (next == requests.size()) {
            done.complete(null);
            return;
        }
        List<Message> request = requests.get(next);
        boolean idempotent = request.stream().allMatch(message -> message.id().isPresent());
        transport.call("POST", path, Messages.toJsonBytes(request), idempotent).whenComplete((answer, error) -> {
            if (error == null) {
                sendFrom(path, requests, next + 1, done);
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            if (next == 0 || !(cause instanceof KikException failure)) {
                done.completeExceptionally(cause);
                return;
            }
            List<Message> accepted = requests.subList(0, next).stream().flatMap(List::stream).toList();
            List<Message> notSent = requests.subList(next, requests.size()).stream().flatMap(List::stream).toList();
            done.completeExceptionally(new KikPartialSendException(accepted, notSent, failure));
        });
    }

    private static List<String> recipients(List<? extends Message> messages) {
        return messages.stream().map(message -> message.to().orElseThrow()).toList();
    }

    private static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Waits for an async call and throws its failure as it is, not wrapped. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Builds a {@link KikApi}. */
    public static final class Builder {

        private final String username;
        private final String apiKey;
        private URI baseUrl = Code.KIK_BASE_URL;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private HttpClient httpClient;
        private Executor executor;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private ScheduledExecutorService retryScheduler;
        private int maxConcurrentRequests = 16;
        private boolean logBodies;
        private Clock clock = Clock.systemUTC();

        private Builder(String username, String apiKey) {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(apiKey, "apiKey");
            if (!OutgoingRules.isValidUsername(username)) {
                throw new IllegalArgumentException("'" + username + "' is not a valid bot username ("
                        + OutgoingRules.USERNAME + ")");
            }
            if (apiKey.isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            this.username = username;
            this.apiKey = apiKey;
        }

        /**
         * @param baseUrl the API's base URL; {@code https://api.kik.com} by default, an emulator's URL in tests
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
        }

        /**
         * @param baseUrl the API's base URL
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
                throw new IllegalArgumentException("baseUrl must be an http or https URL, was " + baseUrl);
            }
            String text = baseUrl.toString();
            this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            return this;
        }

        /**
         * @param connectTimeout how long to wait for a connection; 10 s by default. Ignored with
         *     {@link #httpClient(HttpClient)}, whose own setting applies.
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * @param requestTimeout how long to wait for each answer; 60 s by default, as kik-python
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * @param httpClient an HTTP client to share, instead of one made for this instance
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * @param executor runs the HTTP client's work, retries included. Ignored with
         *     {@link #httpClient(HttpClient)}, whose own executor applies.
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * @param retryPolicy when to retry; {@link RetryPolicy#defaults()} by default
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Bounds the requests this client has in flight at once, and with them its connections: HTTP/1.1
         * needs a connection per request in flight, and the JDK client opens as many as it is asked for.
         * Calls beyond the bound wait in arrival order, without blocking the calling thread, and start as
         * earlier ones finish; the request timeout counts from when a request is sent, not from when it
         * began to wait. A call waiting to retry holds no place. The bound is this client's: clients that
         * share an {@link #httpClient(HttpClient)} have one each.
         *
         * @param maxConcurrentRequests at least 1; 16 by default
         * @return this builder
         * @throws IllegalArgumentException if it is less than 1
         */
        public Builder maxConcurrentRequests(int maxConcurrentRequests) {
            if (maxConcurrentRequests < 1) {
                throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was "
                        + maxConcurrentRequests);
            }
            this.maxConcurrentRequests = maxConcurrentRequests;
            return this;
        }

        /**
         * Times the waits before retries (backoff and {@code Retry-After}) on a scheduler of the
         * application's, for example one that a test controls. The scheduler only starts each retry, which
         * the HTTP client then carries out. This library does not shut it down; once it refuses a retry,
         * the call fails with the error that called for the retry.
         *
         * @param retryScheduler the scheduler; by default the JDK's shared delay timer
         *     ({@link CompletableFuture#delayedExecutor}), so a client starts no threads of its own
         * @return this builder
         */
        public Builder retryScheduler(ScheduledExecutorService retryScheduler) {
            this.retryScheduler = Objects.requireNonNull(retryScheduler, "retryScheduler");
            return this;
        }

        /** For tests: "now" for a {@code Retry-After} given as an HTTP date. */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param logBodies whether to log request and response bodies at DEBUG; off by default, since bodies
         *     hold what users wrote
         * @return this builder
         */
        public Builder logBodies(boolean logBodies) {
            this.logBodies = logBodies;
            return this;
        }

        /** @return the client */
        public KikApi build() {
            return new KikApi(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}

package dev.kikbot.api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.KikApiException;
import dev.kikbot.api.KikException;
import dev.kikbot.api.KikRateLimitException;
import dev.kikbot.api.KikTimeoutException;
import dev.kikbot.api.KikTransportException;
import dev.kikbot.api.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes authenticated JSON requests to the Bot API with retries, maps failures to the library's exceptions
 * and logs each attempt. Internal: not part of the public API.
 *
 * <p>Logs method, path, status and latency at DEBUG, and bodies only when asked to. The Authorization
 * header and the API key are never logged.
 */
public final class ApiTransport {

    private static final Logger LOG = LoggerFactory.getLogger("dev.kikbot.api.KikApi");

    private final HttpClient client;
    private final URI baseUrl;
    /**
     * Plain http is asked for HTTP/1.1: the JDK client prefers HTTP/2, which over plain http means an
     * {@code Upgrade: h2c} offer with {@code HTTP2-Settings} on requests, which the API never takes up.
     * Over https the client's own preference stands, and ALPN settles the version in the TLS handshake.
     */
    private final boolean plainHttp;
    private final String authorization;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final boolean logBodies;
    private final Executor executor;

    /**
     * @param client the HTTP client
     * @param baseUrl the API's base URL, without a trailing slash
     * @param username the bot's username
     * @param apiKey the bot's API key
     * @param requestTimeout how long to wait for each answer
     * @param retryPolicy when to retry
     * @param logBodies whether to log request and response bodies at DEBUG
     * @param executor runs delayed retries; null for the common pool
     */
    public ApiTransport(HttpClient client, URI baseUrl, String username, String apiKey, Duration requestTimeout,
            RetryPolicy retryPolicy, boolean logBodies, Executor executor) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.plainHttp = "http".equalsIgnoreCase(baseUrl.getScheme());
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
        this.requestTimeout = requestTimeout;
        this.retryPolicy = retryPolicy;
        this.logBodies = logBodies;
        this.executor = executor;
    }

    /**
     * @param method GET or POST
     * @param path the path, such as {@code /v1/message}
     * @param body the JSON body for a POST, null for a GET
     * @param idempotent whether repeating the request after a 5xx or an I/O failure is safe
     * @return the response body of a 2xx answer; fails with a {@link KikException}
     */
    public CompletableFuture<byte[]> call(String method, String path, byte[] body, boolean idempotent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(requestTimeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", UserAgent.VALUE);
        if (plainHttp) {
            request.version(HttpClient.Version.HTTP_1_1);
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (logBodies && LOG.isDebugEnabled()) {
                LOG.debug("{} {} request body: {}", method, path, new String(body, StandardCharsets.UTF_8));
            }
        }
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        attempt(new Call(method, path, request.build(), idempotent, result), 1);
        return result;
    }

    private record Call(String method, String path, HttpRequest request, boolean idempotent,
            CompletableFuture<byte[]> result) {
    }

    private void attempt(Call call, int attempt) {
        long started = System.nanoTime();
        client.sendAsync(call.request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            try {
                if (error != null) {
                    failed(call, attempt, millis, unwrap(error));
                } else {
                    answered(call, attempt, millis, response);
                }
            } catch (RuntimeException | Error unexpected) {
                call.result.completeExceptionally(unexpected);
            }
        });
    }

    private void answered(Call call, int attempt, long millis, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        LOG.debug("{} {} -> {} in {} ms (attempt {})", call.method, call.path, status, millis, attempt);
        if (logBodies && LOG.isDebugEnabled() && body.length > 0) {
            LOG.debug("{} {} response body: {}", call.method, call.path, new String(body, StandardCharsets.UTF_8));
        }
        if (status >= 200 && status < 300) {
            call.result.complete(body);
            return;
        }
        Duration retryAfter = response.headers().firstValue("Retry-After").flatMap(ApiTransport::retryAfter)
                .orElse(null);
        KikApiException failure = apiException(call, status, new String(body, StandardCharsets.UTF_8), retryAfter);
        boolean retryable = status == 429 || (status >= 500 && call.idempotent);
        if (retryable && retryAfter != null && retryAfter.compareTo(retryPolicy.maxRetryAfter()) > 0) {
            LOG.debug("{} {}: Retry-After {} is longer than the policy waits", call.method, call.path, retryAfter);
            retryable = false;
        }
        retryOrFail(call, attempt, retryable, retryAfter, failure);
    }

    private void failed(Call call, int attempt, long millis, Throwable error) {
        LOG.debug("{} {} failed after {} ms (attempt {}): {}", call.method, call.path, millis, attempt,
                error.toString());
        KikException failure;
        if (error instanceof HttpTimeoutException) {
            failure = new KikTimeoutException(call.method + " " + call.path + " timed out: " + error.getMessage(),
                    error);
        } else if (error instanceof IOException) {
            failure = new KikTransportException(call.method + " " + call.path + " failed: " + error, error);
        } else {
            call.result.completeExceptionally(error);
            return;
        }
        retryOrFail(call, attempt, call.idempotent, null, failure);
    }

    private void retryOrFail(Call call, int attempt, boolean retryable, Duration retryAfter, KikException failure) {
        if (!retryable || attempt >= retryPolicy.maxAttempts()) {
            call.result.completeExceptionally(failure);
            return;
        }
        Duration wait = retryAfter != null ? retryAfter : jitter(retryPolicy.backoff(attempt));
        LOG.debug("{} {}: retrying in {} ms ({})", call.method, call.path, wait.toMillis(), failure.getMessage());
        Executor delayed = executor == null
                ? CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS)
                : CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, executor);
        delayed.execute(() -> attempt(call, attempt + 1));
    }

    private static Duration jitter(Duration wait) {
        long millis = wait.toMillis();
        return millis <= 1 ? wait : Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    private static KikApiException apiException(Call call, int status, String body, Duration retryAfter) {
        String error = null;
        String message = null;
        try {
            JsonNode json = Json.readTree(body);
            if (json != null && json.isObject()) {
                error = json.path("error").isTextual() ? json.get("error").textValue() : null;
                message = json.path("message").isTextual() ? json.get("message").textValue() : null;
            }
        } catch (IOException notJson) {
            // The body is kept as text; error() and errorMessage() stay empty.
        }
        return status == 429
                ? new KikRateLimitException(call.method, call.path, body, error, message, retryAfter)
                : new KikApiException(call.method, call.path, status, body, error, message);
    }

    /** {@code Retry-After} is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
    static Optional<Duration> retryAfter(String value) {
        String trimmed = value.trim();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}

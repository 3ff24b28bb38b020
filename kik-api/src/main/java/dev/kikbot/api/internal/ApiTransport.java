package dev.kikbot.api.internal;

import dev.kikbot.api.KikApiException;
import dev.kikbot.api.KikException;
import dev.kikbot.api.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

    /**
     * What a client configured.
     *
     * @param maxConcurrentRequests how many requests may be in flight at once; more wait their turn
     * @param retryScheduler times the waits before retries; null for the JDK's shared delay timer
     * @param clock "now" for a {@code Retry-After} given as an HTTP date
     */
    public record Settings(Duration requestTimeout, RetryPolicy retryPolicy, boolean logBodies,
            int maxConcurrentRequests, ScheduledExecutorService retryScheduler, Clock clock) {

        public Settings {
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(retryPolicy, "retryPolicy");
            Objects.requireNonNull(clock, "clock");
        }
    }

    private final HttpClient client;
    private final URI baseUrl;
    /**
     * Plain http is asked for HTTP/1.1: the JDK client prefers HTTP/2, which over plain http means an
     * {@code Upgrade: h2c} offer with {@code HTTP2-Settings} on requests, which the API never takes up.
     * Over https the client's own preference stands, and ALPN settles the version in the TLS handshake.
     */
    private final boolean plainHttp;
    private final String authorization;
    private final Settings settings;
    private final AsyncLimiter limiter;
    private final Executor senders;

    /**
     * @param client the HTTP client
     * @param baseUrl the API's base URL, without a trailing slash
     * @param username the bot's username
     * @param apiKey the bot's API key
     * @param settings timeouts, retries and logging
     */
    public ApiTransport(HttpClient client, URI baseUrl, String username, String apiKey, Settings settings) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.plainHttp = "http".equalsIgnoreCase(baseUrl.getScheme());
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
        this.settings = settings;
        this.limiter = new AsyncLimiter(settings.maxConcurrentRequests());
        this.senders = SendThreads.upTo(settings.maxConcurrentRequests());
    }

    /**
     * @param method GET or POST
     * @param path the path, such as {@code /v1/message}
     * @param body the JSON body for a POST, null for a GET
     * @param idempotent whether repeating the request after a 5xx or an I/O failure is safe
     * @return the response body of a 2xx answer; fails with a {@link KikException}
     */
    public CompletableFuture<byte[]> call(String method, String path, byte[] body, boolean idempotent) {
        if (body != null && settings.logBodies() && LOG.isDebugEnabled()) {
            LOG.debug("{} {} request body: {}", method, path, new String(body, StandardCharsets.UTF_8));
        }
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        attempt(new Call(method, path, request(path, body), idempotent, result), 1);
        return result;
    }

    HttpRequest request(String path, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(settings.requestTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", UserAgent.VALUE);
        if (plainHttp) {
            request.version(HttpClient.Version.HTTP_1_1);
        }
        if (body == null) {
            return request.GET().build();
        }
        return request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private record Call(String method, String path, HttpRequest request, boolean idempotent,
            CompletableFuture<byte[]> result) {
    }

    /**
     * Each attempt takes a permit of its own, so a call waiting to retry leaves room for other calls.
     *
     * <p>The blocking {@code send}, on a thread of our own, rather than {@code sendAsync}: the JDK client
     * completes {@code sendAsync}'s future on CompletableFuture's default executor, which on a machine with
     * two cores or fewer starts a new thread for every task. That was one new OS thread per API call, and a
     * quarter of a busy bot's CPU. The permits bound the threads: one per request in flight.
     */
    private void attempt(Call call, int attempt) {
        AtomicLong started = new AtomicLong();
        limiter.submit(() -> CompletableFuture.supplyAsync(() -> {
            started.set(System.nanoTime()); // not while the attempt waited for a permit
            try {
                return client.send(call.request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(new InterruptedIOException("interrupted while waiting for the answer"));
            }
        }, senders)).whenComplete((response, error) -> {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started.get());
            try {
                if (error != null) {
                    failed(call, attempt, millis, Failures.unwrap(error));
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
        if (settings.logBodies() && LOG.isDebugEnabled() && body.length > 0) {
            LOG.debug("{} {} response body: {}", call.method, call.path, new String(body, StandardCharsets.UTF_8));
        }
        if (status >= 200 && status < 300) {
            call.result.complete(body);
            return;
        }
        Duration retryAfter = response.headers().firstValue("Retry-After")
                .flatMap(value -> RetryAfter.parse(value, settings.clock())).orElse(null);
        KikApiException failure = Failures.answer(call.method, call.path, status,
                new String(body, StandardCharsets.UTF_8), retryAfter);
        boolean retryable = status == 429 || (status >= 500 && call.idempotent);
        if (retryable && retryAfter != null && retryAfter.compareTo(settings.retryPolicy().maxRetryAfter()) > 0) {
            LOG.debug("{} {}: Retry-After {} is longer than the policy waits", call.method, call.path, retryAfter);
            retryable = false;
        }
        retryOrFail(call, attempt, retryable, retryAfter, failure);
    }

    private void failed(Call call, int attempt, long millis, Throwable error) {
        LOG.debug("{} {} failed after {} ms (attempt {}): {}", call.method, call.path, millis, attempt,
                error.toString());
        KikException failure = Failures.transport(call.method, call.path, error);
        if (failure == null) {
            call.result.completeExceptionally(error);
            return;
        }
        retryOrFail(call, attempt, call.idempotent, null, failure);
    }

    private void retryOrFail(Call call, int attempt, boolean retryable, Duration retryAfter, KikException failure) {
        if (!retryable || attempt >= settings.retryPolicy().maxAttempts()) {
            call.result.completeExceptionally(failure);
            return;
        }
        Duration wait = retryAfter != null ? retryAfter : jitter(settings.retryPolicy().backoff(attempt));
        LOG.debug("{} {}: retrying in {} ms ({})", call.method, call.path, wait.toMillis(), failure.getMessage());
        try {
            later(wait, () -> attempt(call, attempt + 1));
        } catch (RejectedExecutionException shutDown) {
            failure.addSuppressed(shutDown);
            call.result.completeExceptionally(failure);
        }
    }

    /**
     * Runs the retry on the timer's thread: it only hands the request to the HTTP client, which does the
     * work on its own executor.
     */
    private void later(Duration wait, Runnable retry) {
        ScheduledExecutorService scheduler = settings.retryScheduler();
        if (scheduler == null) {
            CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, Runnable::run).execute(retry);
        } else {
            scheduler.schedule(retry, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Between half and all of the wait, so that clients that failed together do not retry in step. */
    private static Duration jitter(Duration wait) {
        long millis = wait.toMillis();
        return millis <= 1 ? wait : Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }
}

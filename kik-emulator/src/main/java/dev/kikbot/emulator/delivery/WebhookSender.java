package dev.kikbot.emulator.delivery;

import dev.kikbot.api.KikSignature;
import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.platform.WebhookJson;
import dev.kikbot.emulator.store.DeliveryAttempt;
import dev.kikbot.emulator.store.StoredMessage;
import dev.kikbot.emulator.store.WebhookRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Sends one webhook request as Kik did: {@code POST {"messages":[...]}} with {@code Content-Type:
 * application/json}, {@code X-Kik-Username} and {@code X-Kik-Signature}, the upper-case hex HMAC-SHA1 of the
 * exact bytes sent, keyed with the bot's API key.
 *
 * <p>The blocking {@code send}, called on the delivery's own threads, never {@code sendAsync}: on two cores
 * or fewer the JDK completes async calls on a new thread each (kik-api learned this). HTTP/1.1, so the
 * client keeps connections to the bot alive without offering an h2c upgrade the bot would ignore.
 */
final class WebhookSender {

    private final HttpClient client;
    private final Duration timeout;

    WebhookSender(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** @return how the request ended; never throws for the bot's failures */
    DeliveryAttempt send(BotAccount bot, List<StoredMessage> batch, Clock clock) {
        List<String> ids = batch.stream().map(StoredMessage::messageId).toList();
        byte[] body = WebhookJson.envelope(batch.stream().map(StoredMessage::botJson).toList());
        // The headers are listed once, so that what is recorded for the inspector is what was sent.
        String url = bot.webhook().orElseThrow();
        List<WebhookRequest.Header> headers = List.of(
                new WebhookRequest.Header("Content-Type", "application/json"),
                new WebhookRequest.Header("X-Kik-Username", bot.username()),
                new WebhookRequest.Header("X-Kik-Signature", KikSignature.sign(bot.apiKey(), body)));
        Optional<WebhookRequest> sent = Optional.of(
                new WebhookRequest(url, headers, new String(body, StandardCharsets.UTF_8)));
        long at = clock.millis();
        long started = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
            headers.forEach(header -> request.header(header.name(), header.value()));
            HttpResponse<Void> response = client.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new DeliveryAttempt(bot.username(), at, ids, OptionalInt.of(status), millisSince(started),
                    ok ? Optional.empty() : Optional.of("the bot answered " + status), sent);
        } catch (HttpTimeoutException e) {
            return unanswered(bot, at, ids, started, "no answer within " + timeout.toMillis() + " ms", sent);
        } catch (IOException | IllegalArgumentException e) {
            return unanswered(bot, at, ids, started, describe(e), sent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unanswered(bot, at, ids, started, "interrupted: the emulator is stopping", sent);
        }
    }

    private static DeliveryAttempt unanswered(BotAccount bot, long at, List<String> ids, long started, String error,
            Optional<WebhookRequest> sent) {
        return new DeliveryAttempt(bot.username(), at, ids, OptionalInt.empty(), millisSince(started),
                Optional.of(error), sent);
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}

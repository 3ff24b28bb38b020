package dev.kikbot.emulator.delivery;

import dev.kikbot.api.KikSignature;
import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.platform.WebhookJson;
import dev.kikbot.emulator.store.DeliveryAttempt;
import dev.kikbot.emulator.store.StoredMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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
        long at = clock.millis();
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(bot.webhook().orElseThrow()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("X-Kik-Username", bot.username())
                    .header("X-Kik-Signature", KikSignature.sign(bot.apiKey(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new DeliveryAttempt(bot.username(), at, ids, OptionalInt.of(status), millisSince(started),
                    ok ? Optional.empty() : Optional.of("the bot answered " + status));
        } catch (HttpTimeoutException e) {
            return WebhookDelivery.unanswered(bot.username(), at, ids, millisSince(started),
                    "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException | IllegalArgumentException e) {
            return WebhookDelivery.unanswered(bot.username(), at, ids, millisSince(started), describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WebhookDelivery.unanswered(bot.username(), at, ids, millisSince(started),
                    "interrupted: the emulator is stopping");
        }
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

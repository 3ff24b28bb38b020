package dev.kikbot.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kikbot.api.KikApi;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.ReadReceiptMessage;
import dev.kikbot.api.message.ScanDataMessage;
import dev.kikbot.api.message.StartChattingMessage;
import dev.kikbot.api.message.TextMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The smallest bot the kit can test, on kik-api and the JDK's server alone: it greets on start-chatting,
 * offers a keyboard for "menu", marks "read me" read, answers a tapped picture and a scanned code, and echoes
 * other text.
 */
final class TinyBot implements AutoCloseable {

    private final KikApi api;
    private final HttpServer server;

    private TinyBot(KikApi api) throws IOException {
        this.api = api;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/incoming", this::incoming);
        server.start();
    }

    /** Serves a tiny bot for {@code bot} and points the bot's webhook at it. */
    static TinyBot serve(TestBot bot) {
        try {
            TinyBot tiny = new TinyBot(bot.api());
            bot.webhook(tiny.url());
            return tiny;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/incoming";
    }

    private void incoming(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int status = 403;
        if (api.verifySignature(exchange.getRequestHeaders().getFirst("X-Kik-Signature"), body)) {
            List<Message> replies = new ArrayList<>();
            for (Message message : Messages.fromJson(body)) {
                answer(message).ifPresent(replies::add);
            }
            if (!replies.isEmpty()) {
                api.sendMessages(replies);
            }
            status = 200;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static Optional<Message> answer(Message message) {
        String to = message.from().orElseThrow();
        String chat = message.chatId().orElseThrow();
        if (message instanceof StartChattingMessage) {
            return Optional.of(TextMessage.builder().to(to).chatId(chat).body("Welcome, " + to).build());
        }
        if (message instanceof PictureMessage picture) {
            return Optional.of(TextMessage.builder().to(to).chatId(chat)
                    .body("Picked " + picture.metadata().map(m -> m.toJson()).orElse("nothing")).build());
        }
        if (message instanceof ScanDataMessage scan) {
            return Optional.of(TextMessage.builder().to(to).chatId(chat)
                    .body("Scanned " + scan.data().orElse("nothing")).build());
        }
        if (!(message instanceof TextMessage text)) {
            return Optional.empty();
        }
        String body = text.body().orElse("");
        if (body.equals("menu")) {
            return Optional.of(TextMessage.builder().to(to).chatId(chat).body("Pick one")
                    .addTextResponses("Tea", "Coffee").build());
        }
        if (body.equals("read me")) {
            return Optional.of(ReadReceiptMessage.builder().to(to).chatId(chat)
                    .messageIds(List.of(text.id().orElseThrow())).build());
        }
        if (body.equals("quiet")) {
            return Optional.empty();
        }
        return Optional.of(TextMessage.builder().to(to).chatId(chat).body(body).build());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

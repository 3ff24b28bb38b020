package dev.kikbot.bot;

import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.TextMessage;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One registered handler and what it matches. */
final class Route<M extends Message> {

    private final Class<M> type;
    private final String exactBody;
    private final Pattern pattern;
    private final MessageHandler<? super M> handler;

    private Route(Class<M> type, String exactBody, Pattern pattern, MessageHandler<? super M> handler) {
        this.type = type;
        this.exactBody = exactBody;
        this.pattern = pattern;
        this.handler = handler;
    }

    static <M extends Message> Route<M> of(Class<M> type, MessageHandler<? super M> handler) {
        return new Route<>(type, null, null, handler);
    }

    static Route<TextMessage> text(String exactBody, MessageHandler<? super TextMessage> handler) {
        return new Route<>(TextMessage.class, exactBody, null, handler);
    }

    static Route<TextMessage> text(Pattern pattern, MessageHandler<? super TextMessage> handler) {
        return new Route<>(TextMessage.class, null, pattern, handler);
    }

    /**
     * @return empty if the message does not match; otherwise the regex match, if this route has a pattern
     */
    Optional<Optional<MatchResult>> match(Message message) {
        if (!type.isInstance(message)) {
            return Optional.empty();
        }
        if (exactBody == null && pattern == null) {
            return Optional.of(Optional.empty());
        }
        String body = ((TextMessage) message).body().orElse(null);
        if (body == null) {
            return Optional.empty();
        }
        if (exactBody != null) {
            return exactBody.equals(body) ? Optional.of(Optional.empty()) : Optional.empty();
        }
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? Optional.of(Optional.of(matcher.toMatchResult())) : Optional.empty();
    }

    void run(Message message, Context context) throws Exception {
        handler.handle(type.cast(message), context);
    }
}

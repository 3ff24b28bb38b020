package dev.kikbot.bot;

import dev.kikbot.api.KikApiException;
import dev.kikbot.api.message.Message;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands failures to the bot's {@link ErrorHandler}, so that no failure is silent and none is told twice. */
final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    /** The default: one WARN line each; a handler's exception with its stack trace, a refused send without. */
    static final ErrorHandler LOG_AT_WARN = error -> {
        if (error.kind() == BotError.Kind.HANDLER) {
            LOG.warn("{}", error, error.cause());
        } else {
            LOG.warn("{}{}", error, hint(error.cause()));
        }
    };

    private final ErrorHandler handler;

    ErrorReporter(ErrorHandler handler) {
        this.handler = handler;
    }

    void handlerFailed(Message incoming, Throwable cause) {
        report(new BotError(BotError.Kind.HANDLER, incoming, null, cause));
    }

    void sendFailed(Message incoming, Message outgoing, Throwable cause) {
        report(new BotError(incoming == null ? BotError.Kind.SEND : BotError.Kind.REPLY, incoming, outgoing, cause));
    }

    private void report(BotError error) {
        try {
            handler.onError(error);
        } catch (RuntimeException e) {
            LOG.warn("The bot's error handler threw on: {}", error, e);
        }
    }

    /** @return the exception behind the wrappers that futures add */
    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String hint(Throwable cause) {
        if (cause instanceof KikApiException api && (api.statusCode() == 401 || api.statusCode() == 403)) {
            return " (check the bot's username and API key)";
        }
        return "";
    }
}

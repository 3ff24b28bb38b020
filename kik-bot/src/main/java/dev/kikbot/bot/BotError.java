package dev.kikbot.bot;

import dev.kikbot.api.message.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that went wrong while the bot handled or answered a message: a handler threw, or a message it
 * sent was refused or never arrived. Every such failure reaches {@link BotBuilder#onError} once.
 */
public final class BotError {

    /** What failed. */
    public enum Kind {
        /** A handler threw while handling {@link #incoming()}. */
        HANDLER,
        /** A reply made while handling {@link #incoming()} was not accepted by the API. */
        REPLY,
        /** A message sent with {@link Bot#send} or {@link Bot#broadcast} was not accepted by the API. */
        SEND
    }

    private final Kind kind;
    private final Message incoming;
    private final Message outgoing;
    private final Throwable cause;

    BotError(Kind kind, Message incoming, Message outgoing, Throwable cause) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.cause = Objects.requireNonNull(cause, "cause");
    }

    /** @return what failed */
    public Kind kind() {
        return kind;
    }

    /** @return the message being handled; empty for {@link Kind#SEND} */
    public Optional<Message> incoming() {
        return Optional.ofNullable(incoming);
    }

    /** @return the message that was not sent; empty for {@link Kind#HANDLER} */
    public Optional<Message> outgoing() {
        return Optional.ofNullable(outgoing);
    }

    /** @return the id of the message being handled, if it has one */
    public Optional<String> messageId() {
        return incoming().flatMap(Message::id);
    }

    /** @return the chat of the message being handled, or else of the message that was not sent */
    public Optional<String> chatId() {
        Optional<String> chat = incoming().flatMap(Message::chatId);
        return chat.isPresent() ? chat : outgoing().flatMap(Message::chatId);
    }

    /** @return the user the bot was talking to: the sender of the message handled, or the recipient */
    public Optional<String> user() {
        Optional<String> from = incoming().flatMap(Message::from);
        return from.isPresent() ? from : outgoing().flatMap(Message::to);
    }

    /** @return the exception a handler threw, or the reason the API did not accept a message */
    public Throwable cause() {
        return cause;
    }

    /** @return one line naming what failed, where and why, without the stack trace */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder();
        switch (kind) {
            case HANDLER -> line.append("Handler failed on ").append(incoming.type()).append(" message");
            case REPLY -> line.append("Reply (").append(outgoing.type()).append(") to ").append(incoming.type())
                    .append(" message");
            case SEND -> line.append(outgoing == null ? "Send" : "Send of a " + outgoing.type() + " message");
        }
        messageId().ifPresent(id -> line.append(' ').append(id));
        user().ifPresent(user -> line.append(kind == Kind.HANDLER ? " from " : " to ").append(user));
        chatId().ifPresent(chat -> line.append(" in chat ").append(chat));
        if (kind != Kind.HANDLER) {
            line.append(" failed");
        }
        return line.append(": ").append(cause).toString();
    }
}

package dev.kikbot.api.message;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Bot API message, in either direction: what a bot sends to {@code POST /v1/message} and what Kik posts to
 * the bot's webhook. One subclass per wire {@code type}; a type this library does not know arrives as an
 * {@link UnknownMessage} that keeps its JSON.
 *
 * <p>Messages are immutable and compared by value. Build one with the type's {@code builder()}, copy one
 * with {@link #toBuilder()}. Fields that are absent on the wire are empty here, never null. Fields the
 * library does not know are kept in {@link #unknownFields()} and written back unchanged.
 *
 * <p>Which fields a message needs depends on its direction: an outgoing message needs {@code to}, an
 * incoming one has {@code from}, {@code timestamp} and the rest. Builders therefore accept any combination;
 * the rules for sending are checked by {@link OutgoingRules#check(List)} before anything
 * is sent.
 */
public abstract sealed class Message extends WireObject
        permits KeyboardMessage, StartChattingMessage, ScanDataMessage, StickerMessage, IsTypingMessage,
        ReceiptMessage, FriendPickerMessage, UnknownMessage {

    private final String type;
    private final String to;
    private final String id;
    private final String chatId;
    private final String from;
    private final List<String> participants;
    private final String mention;
    private final Duration delay;
    private final Long timestamp;
    private final Boolean readReceiptRequested;
    private final JsonValue metadata;
    private final ChatType chatType;

    Message(Builder<?, ?> builder) {
        super(builder.unknownFields);
        this.type = builder.type;
        this.to = builder.to;
        this.id = builder.id;
        this.chatId = builder.chatId;
        this.from = builder.from;
        this.participants = builder.participants;
        this.mention = builder.mention;
        this.delay = builder.delay;
        this.timestamp = builder.timestamp;
        this.readReceiptRequested = builder.readReceiptRequested;
        this.metadata = builder.metadata;
        this.chatType = builder.chatType;
    }

    /** @return the wire type, such as {@code text} or {@code is-typing} */
    public final String type() {
        return type;
    }

    /** @return a builder holding every field of this message, to derive a changed copy */
    public abstract Builder<?, ?> toBuilder();

    /** @return the username of the recipient (outgoing messages) */
    public Optional<String> to() {
        return Optional.ofNullable(to);
    }

    /** @return the message id: a UUID assigned by Kik (incoming) or by the bot (outgoing, optional) */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the conversation the message belongs to; a reply in a group chat needs it */
    public Optional<String> chatId() {
        return Optional.ofNullable(chatId);
    }

    /** @return the username of the sender (incoming messages) */
    public Optional<String> from() {
        return Optional.ofNullable(from);
    }

    /** @return the usernames of the users in the conversation (incoming messages); empty if not given */
    public List<String> participants() {
        return participants;
    }

    /**
     * @return incoming: the bot that was @-mentioned when the message reached the bot through a mention;
     *     outgoing: another bot to mention
     */
    public Optional<String> mention() {
        return Optional.ofNullable(mention);
    }

    /** @return how long Kik waits before showing the outgoing message (whole milliseconds on the wire) */
    public Optional<Duration> delay() {
        return Optional.ofNullable(delay);
    }

    /** @return when the incoming message was sent, in milliseconds since the epoch */
    public OptionalLong timestamp() {
        return timestamp == null ? OptionalLong.empty() : OptionalLong.of(timestamp);
    }

    /** @return whether the sender asked for a read receipt (incoming); false when not given */
    public boolean readReceiptRequested() {
        return Boolean.TRUE.equals(readReceiptRequested);
    }

    /** @return the metadata of the suggested response the user tapped, verbatim (incoming) */
    public Optional<JsonValue> metadata() {
        return Optional.ofNullable(metadata);
    }

    /** @return the kind of conversation (incoming; receipts have none) */
    public Optional<ChatType> chatType() {
        return Optional.ofNullable(chatType);
    }

    @Override
    final void writeFields(FieldSink out) {
        out.put("type", type());
        out.put("to", to);
        out.put("id", id);
        out.put("chatId", chatId);
        out.put("from", from);
        out.put("participants", participants.isEmpty() ? null : participants);
        writeTypeFields(out);
        out.put("mention", mention);
        out.put("delay", delay);
        out.put("timestamp", timestamp);
        out.put("readReceiptRequested", readReceiptRequested);
        out.put("metadata", metadata);
        out.put("chatType", chatType);
    }

    /**
     * The fields every message type shares. Setters take null to clear a field.
     *
     * @param <M> the message type built
     * @param <B> the concrete builder, returned by every setter
     */
    public abstract static class Builder<M extends Message, B extends Builder<M, B>> {

        private final String type;
        private String to;
        private String id;
        private String chatId;
        private String from;
        private List<String> participants = List.of();
        private String mention;
        private Duration delay;
        private Long timestamp;
        private Boolean readReceiptRequested;
        private JsonValue metadata;
        private ChatType chatType;
        private Map<String, JsonValue> unknownFields = Map.of();

        Builder(String type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        Builder(Message message) {
            this.type = message.type;
            this.to = message.to;
            this.id = message.id;
            this.chatId = message.chatId;
            this.from = message.from;
            this.participants = message.participants;
            this.mention = message.mention;
            this.delay = message.delay;
            this.timestamp = message.timestamp;
            this.readReceiptRequested = message.readReceiptRequested;
            this.metadata = message.metadata;
            this.chatType = message.chatType;
            this.unknownFields = message.unknownFields();
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /**
         * @param to the recipient's username
         * @return this builder
         */
        public B to(String to) {
            this.to = to;
            return self();
        }

        /**
         * @param id the message id; an outgoing message with an id may be retried safely
         * @return this builder
         */
        public B id(String id) {
            this.id = id;
            return self();
        }

        /**
         * @param chatId the conversation to send into or that the message came from
         * @return this builder
         */
        public B chatId(String chatId) {
            this.chatId = chatId;
            return self();
        }

        /**
         * @param from the sender's username (incoming)
         * @return this builder
         */
        public B from(String from) {
            this.from = from;
            return self();
        }

        /**
         * @param participants the usernames in the conversation (incoming)
         * @return this builder
         */
        public B participants(List<String> participants) {
            this.participants = participants == null ? List.of() : List.copyOf(participants);
            return self();
        }

        /**
         * @param participants the usernames in the conversation (incoming)
         * @return this builder
         */
        public B participants(String... participants) {
            return participants(Arrays.asList(participants));
        }

        /**
         * @param mention the mentioned bot's username
         * @return this builder
         */
        public B mention(String mention) {
            this.mention = mention;
            return self();
        }

        /**
         * @param delay how long Kik waits before showing the message; sent in whole milliseconds
         * @return this builder
         */
        public B delay(Duration delay) {
            this.delay = delay;
            return self();
        }

        /**
         * @param timestamp when the message was sent, in milliseconds since the epoch (incoming)
         * @return this builder
         */
        public B timestamp(long timestamp) {
            this.timestamp = timestamp;
            return self();
        }

        /**
         * @param readReceiptRequested whether the sender wants a read receipt (incoming)
         * @return this builder
         */
        public B readReceiptRequested(boolean readReceiptRequested) {
            this.readReceiptRequested = readReceiptRequested;
            return self();
        }

        /**
         * @param metadata the tapped suggested response's metadata (incoming)
         * @return this builder
         */
        public B metadata(JsonValue metadata) {
            this.metadata = metadata;
            return self();
        }

        /**
         * @param chatType the kind of conversation (incoming)
         * @return this builder
         */
        public B chatType(ChatType chatType) {
            this.chatType = chatType;
            return self();
        }

        /**
         * Adds a field this library does not know, written after the known fields.
         *
         * @param key the JSON key
         * @param value its value
         * @return this builder
         */
        public B unknownField(String key, JsonValue value) {
            unknownFields = putUnknown(unknownFields, key, value);
            return self();
        }

        /** @return the immutable message */
        public abstract M build();
    }
}

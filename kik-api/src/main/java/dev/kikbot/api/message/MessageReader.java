package dev.kikbot.api.message;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Reads one message. The fields every message type has are held here until the end of the object, because
 * they may come before {@code type}; the fields of one type go straight into its builder. One reader per
 * message.
 */
final class MessageReader extends TypedReader<Message.Builder<?, ?>> {

    private String to;
    private String id;
    private String chatId;
    private String from;
    private List<String> participants;
    private String mention;
    private Duration delay;
    private boolean timestamped;
    private long timestamp; // not boxed here too: every incoming message has one
    private Boolean readReceiptRequested;
    private JsonValue metadata;
    private String chatType;

    /** Reads the message object under the parser, and leaves the parser on its end. */
    static Message message(JsonIn in) throws IOException {
        MessageReader reader = new MessageReader();
        return reader.build(reader.read(in));
    }

    private Message build(Message.Builder<?, ?> builder) {
        builder.to(to).id(id).chatId(chatId).from(from).participants(participants).mention(mention).delay(delay)
                .metadata(metadata).chatType(chatType == null ? null : ChatType.of(chatType));
        if (timestamped) {
            builder.timestamp(timestamp);
        }
        if (readReceiptRequested != null) {
            builder.readReceiptRequested(readReceiptRequested);
        }
        return builder.build();
    }

    @Override
    Message.Builder<?, ?> builder(String type) {
        return switch (type) {
            case TextMessage.TYPE -> TextMessage.builder();
            case LinkMessage.TYPE -> LinkMessage.builder();
            case PictureMessage.TYPE -> PictureMessage.builder();
            case VideoMessage.TYPE -> VideoMessage.builder();
            case StartChattingMessage.TYPE -> StartChattingMessage.builder();
            case ScanDataMessage.TYPE -> ScanDataMessage.builder();
            case StickerMessage.TYPE -> StickerMessage.builder();
            case IsTypingMessage.TYPE -> IsTypingMessage.builder();
            case ReadReceiptMessage.TYPE -> ReadReceiptMessage.builder();
            case DeliveryReceiptMessage.TYPE -> DeliveryReceiptMessage.builder();
            case FriendPickerMessage.TYPE -> FriendPickerMessage.builder();
            default -> UnknownMessage.builder(type);
        };
    }

    @Override
    boolean unknownType(Message.Builder<?, ?> builder) {
        return builder instanceof UnknownMessage.Builder;
    }

    @Override
    void unknownField(Message.Builder<?, ?> builder, String name, JsonValue value) {
        builder.unknownField(name, value);
    }

    @Override
    boolean early(String name, JsonIn in) throws IOException {
        switch (name) {
            case "to" -> to = in.string();
            case "id" -> id = in.string();
            case "chatId" -> chatId = in.string();
            case "from" -> from = in.string();
            case "participants" -> participants = in.strings();
            case "mention" -> mention = in.string();
            case "delay" -> delay = in.millis();
            case "timestamp" -> {
                timestamped = !in.isNull();
                timestamp = timestamped ? in.wholeNumber() : 0;
            }
            case "readReceiptRequested" -> readReceiptRequested = in.bool();
            case "metadata" -> metadata = in.json();
            case "chatType" -> chatType = in.string();
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    boolean field(Message.Builder<?, ?> builder, String name, JsonIn in) throws IOException {
        return early(name, in) || MessageFields.read(builder, name, in);
    }
}

package dev.kikbot.api.message;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.KikParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Bot API's JSON into model objects. Lenient where the wire may grow (unknown types and fields
 * are kept), strict where a known field has the wrong type (the error names the path and what was expected).
 */
final class WireReader {

    private WireReader() {
    }

    /** Reads {@code {"messages":[...]}} or a bare array of messages. */
    static List<Message> messages(JsonNode root) {
        JsonNode array;
        String path;
        if (root.isArray()) {
            array = root;
            path = "";
        } else if (root.isObject()) {
            array = root.get("messages");
            path = "messages";
            if (array == null || array.isNull()) {
                throw new KikParseException("messages: is required (expected {\"messages\":[...]} or an array)");
            }
            if (!array.isArray()) {
                throw ObjectReader.wrongType("messages", "an array", array);
            }
        } else {
            throw ObjectReader.wrongType("", "{\"messages\":[...]} or an array", root);
        }
        List<Message> messages = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            messages.add(message(array.get(i), path + "[" + i + "]"));
        }
        return messages;
    }

    static Message message(JsonNode node, String path) {
        ObjectReader in = new ObjectReader(node, path);
        String type = in.requiredString("type");
        Message.Builder<?, ?> builder = switch (type) {
            case TextMessage.TYPE -> keyboards(in, TextMessage.builder()
                    .body(in.string("body"))
                    .typeTime(in.millis("typeTime")));
            case LinkMessage.TYPE -> {
                LinkMessage.Builder link = LinkMessage.builder()
                        .url(in.string("url"))
                        .title(in.string("title"))
                        .text(in.string("text"))
                        .picUrl(in.string("picUrl"))
                        .kikJsData(in.json("kikJsData"));
                Boolean noForward = in.bool("noForward");
                if (noForward != null) {
                    link.noForward(noForward);
                }
                yield attributable(in, link);
            }
            case PictureMessage.TYPE -> attributable(in, PictureMessage.builder().picUrl(in.string("picUrl")));
            case VideoMessage.TYPE -> video(in);
            case StartChattingMessage.TYPE -> StartChattingMessage.builder();
            case ScanDataMessage.TYPE -> ScanDataMessage.builder().data(in.string("data"));
            case StickerMessage.TYPE -> StickerMessage.builder()
                    .stickerPackId(in.string("stickerPackId"))
                    .stickerUrl(in.string("stickerUrl"));
            case IsTypingMessage.TYPE -> {
                IsTypingMessage.Builder typing = IsTypingMessage.builder();
                Boolean isTyping = in.bool("isTyping");
                if (isTyping != null) {
                    typing.isTyping(isTyping);
                }
                yield typing;
            }
            case ReadReceiptMessage.TYPE -> ReadReceiptMessage.builder().messageIds(in.strings("messageIds"));
            case DeliveryReceiptMessage.TYPE ->
                    DeliveryReceiptMessage.builder().messageIds(in.strings("messageIds"));
            case FriendPickerMessage.TYPE -> FriendPickerMessage.builder().picked(in.strings("picked"));
            default -> {
                in.keepNulls();
                yield UnknownMessage.builder(type);
            }
        };
        return common(in, builder).build();
    }

    private static Message.Builder<?, ?> common(ObjectReader in, Message.Builder<?, ?> builder) {
        builder.to(in.string("to"))
                .id(in.string("id"))
                .chatId(in.string("chatId"))
                .from(in.string("from"))
                .participants(in.strings("participants"))
                .mention(in.string("mention"))
                .delay(in.millis("delay"))
                .metadata(in.json("metadata"));
        Long timestamp = in.integer("timestamp");
        if (timestamp != null) {
            builder.timestamp(timestamp);
        }
        Boolean readReceiptRequested = in.bool("readReceiptRequested");
        if (readReceiptRequested != null) {
            builder.readReceiptRequested(readReceiptRequested);
        }
        String chatType = in.string("chatType");
        if (chatType != null) {
            builder.chatType(ChatType.of(chatType));
        }
        in.unknownFields().forEach(builder::unknownField);
        return builder;
    }

    private static VideoMessage.Builder video(ObjectReader in) {
        VideoMessage.Builder video = VideoMessage.builder().videoUrl(in.string("videoUrl"));
        Boolean loop = in.bool("loop");
        Boolean muted = in.bool("muted");
        Boolean autoplay = in.bool("autoplay");
        Boolean noSave = in.bool("noSave");
        if (loop != null) {
            video.loop(loop);
        }
        if (muted != null) {
            video.muted(muted);
        }
        if (autoplay != null) {
            video.autoplay(autoplay);
        }
        if (noSave != null) {
            video.noSave(noSave);
        }
        return attributable(in, video);
    }

    private static <B extends KeyboardMessage.Builder<?, ?>> B keyboards(ObjectReader in, B builder) {
        JsonNode keyboards = in.array("keyboards");
        if (keyboards != null) {
            for (int i = 0; i < keyboards.size(); i++) {
                builder.addKeyboard(keyboard(keyboards.get(i), in.path("keyboards") + "[" + i + "]"));
            }
        }
        return builder;
    }

    private static <B extends AttributableMessage.Builder<?, ?>> B attributable(ObjectReader in, B builder) {
        keyboards(in, builder);
        JsonNode attribution = in.get("attribution");
        if (attribution != null) {
            builder.attribution(attribution(attribution, in.path("attribution")));
        }
        return builder;
    }

    static Attribution attribution(JsonNode node, String path) {
        if (node.isTextual()) {
            return PresetAttribution.of(node.textValue());
        }
        if (!node.isObject()) {
            throw ObjectReader.wrongType(path, "an object or a preset name", node);
        }
        ObjectReader in = new ObjectReader(node, path);
        CustomAttribution.Builder builder = CustomAttribution.builder()
                .name(in.string("name"))
                .iconUrl(in.string("iconUrl"));
        in.unknownFields().forEach(builder::unknownField);
        return builder.build();
    }

    static Keyboard keyboard(JsonNode node, String path) {
        ObjectReader in = new ObjectReader(node, path);
        String type = in.requiredString("type");
        if (!SuggestedResponseKeyboard.TYPE.equals(type)) {
            in.keepNulls();
            String to = in.string("to");
            Boolean hidden = in.bool("hidden");
            return UnknownKeyboard.read(type, to, hidden, in.unknownFields());
        }
        SuggestedResponseKeyboard.Builder builder = SuggestedResponseKeyboard.builder().to(in.string("to"));
        Boolean hidden = in.bool("hidden");
        if (hidden != null) {
            builder.hidden(hidden);
        }
        JsonNode responses = in.array("responses");
        if (responses != null) {
            for (int i = 0; i < responses.size(); i++) {
                builder.addResponse(response(responses.get(i), in.path("responses") + "[" + i + "]"));
            }
        }
        in.unknownFields().forEach(builder::unknownField);
        return builder.build();
    }

    static SuggestedResponse response(JsonNode node, String path) {
        ObjectReader in = new ObjectReader(node, path);
        String type = in.requiredString("type");
        SuggestedResponse.Builder<?, ?> builder = switch (type) {
            case TextResponse.TYPE -> TextResponse.builder().body(in.string("body"));
            case PictureResponse.TYPE -> PictureResponse.builder().picUrl(in.string("picUrl"));
            case FriendPickerResponse.TYPE -> {
                FriendPickerResponse.Builder picker = FriendPickerResponse.builder()
                        .body(in.string("body"))
                        .preselected(in.strings("preselected"));
                Integer min = in.smallInteger("min");
                Integer max = in.smallInteger("max");
                if (min != null) {
                    picker.min(min);
                }
                if (max != null) {
                    picker.max(max);
                }
                yield picker;
            }
            default -> {
                in.keepNulls();
                yield UnknownResponse.builder(type);
            }
        };
        builder.metadata(in.json("metadata"));
        in.unknownFields().forEach(builder::unknownField);
        return builder.build();
    }
}

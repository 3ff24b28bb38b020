package dev.kikbot.api.message;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Consumer;

/** The fields of each message type beyond those every message has, read straight into the type's builder. */
final class MessageFields {

    private MessageFields() {
    }

    /** @return false, having read nothing, if the builder's type has no such field */
    static boolean read(Message.Builder<?, ?> builder, String name, JsonIn in) throws IOException {
        if (builder instanceof TextMessage.Builder text) {
            return text(text, name, in);
        }
        if (builder instanceof LinkMessage.Builder link) {
            return link(link, name, in);
        }
        if (builder instanceof PictureMessage.Builder picture) {
            return name.equals("picUrl") ? known(picture.picUrl(in.string())) : attributable(picture, name, in);
        }
        if (builder instanceof VideoMessage.Builder video) {
            return video(video, name, in);
        }
        if (builder instanceof StickerMessage.Builder sticker) {
            return name.equals("stickerPackId") ? known(sticker.stickerPackId(in.string()))
                    : name.equals("stickerUrl") && known(sticker.stickerUrl(in.string()));
        }
        if (builder instanceof ReceiptMessage.Builder<?, ?> receipt) {
            return name.equals("messageIds") && known(receipt.messageIds(in.strings()));
        }
        if (builder instanceof ScanDataMessage.Builder scan) {
            return name.equals("data") && known(scan.data(in.string()));
        }
        if (builder instanceof IsTypingMessage.Builder typing) {
            return name.equals("isTyping") && known(in.bool(), typing::isTyping);
        }
        if (builder instanceof FriendPickerMessage.Builder picker) {
            return name.equals("picked") && known(picker.picked(in.strings()));
        }
        return false;
    }

    private static boolean text(TextMessage.Builder text, String name, JsonIn in) throws IOException {
        return switch (name) {
            case "body" -> known(text.body(in.string()));
            case "typeTime" -> known(text.typeTime(in.millis()));
            default -> keyboards(text, name, in);
        };
    }

    private static boolean link(LinkMessage.Builder link, String name, JsonIn in) throws IOException {
        return switch (name) {
            case "url" -> known(link.url(in.string()));
            case "title" -> known(link.title(in.string()));
            case "text" -> known(link.text(in.string()));
            case "picUrl" -> known(link.picUrl(in.string()));
            case "kikJsData" -> known(link.kikJsData(in.json()));
            case "noForward" -> known(in.bool(), link::noForward);
            default -> attributable(link, name, in);
        };
    }

    private static boolean video(VideoMessage.Builder video, String name, JsonIn in) throws IOException {
        return switch (name) {
            case "videoUrl" -> known(video.videoUrl(in.string()));
            case "loop" -> known(in.bool(), video::loop);
            case "muted" -> known(in.bool(), video::muted);
            case "autoplay" -> known(in.bool(), video::autoplay);
            case "noSave" -> known(in.bool(), video::noSave);
            default -> attributable(video, name, in);
        };
    }

    private static boolean attributable(AttributableMessage.Builder<?, ?> message, String name, JsonIn in)
            throws IOException {
        if (!name.equals("attribution")) {
            return keyboards(message, name, in);
        }
        if (!in.isNull()) {
            message.attribution(attribution(in));
        }
        return true;
    }

    private static boolean keyboards(KeyboardMessage.Builder<?, ?> message, String name, JsonIn in)
            throws IOException {
        if (!name.equals("keyboards")) {
            return false;
        }
        if (in.array()) {
            while (in.nextItem()) {
                message.addKeyboard(KeyboardReader.keyboard(in));
            }
        }
        return true;
    }

    /** A preset's name, or a custom attribution's object. */
    private static Attribution attribution(JsonIn in) throws IOException {
        if (in.token() == JsonToken.VALUE_STRING) {
            return PresetAttribution.of(in.string());
        }
        if (in.token() != JsonToken.START_OBJECT) {
            throw in.wrongType("an object or a preset name");
        }
        in.startObject();
        CustomAttribution.Builder custom = CustomAttribution.builder();
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            switch (name) {
                case "name" -> custom.name(in.string());
                case "iconUrl" -> custom.iconUrl(in.string());
                default -> custom.unknownField(name, JsonValue.adopt(in.tree()));
            }
        }
        return custom.build();
    }

    /** Lets a setter's call stand where a field's reading must say that it knew the field. */
    private static boolean known(Object builder) {
        return true;
    }

    /** Sets a boolean that was present; a JSON null leaves the builder's default. */
    private static boolean known(Boolean value, Consumer<Boolean> setter) {
        if (value != null) {
            setter.accept(value);
        }
        return true;
    }
}

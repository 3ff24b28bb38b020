package dev.kikbot.api.message;

import java.io.IOException;

/** Reads the suggested responses of a keyboard. Every type has {@code metadata}; the rest is the type's own. */
final class ResponseReader extends TypedReader<SuggestedResponse.Builder<?, ?>> {

    private static final ResponseReader RESPONSES = new ResponseReader();

    /** Reads the response object under the parser, and leaves the parser on its end. */
    static SuggestedResponse response(JsonIn in) throws IOException {
        return RESPONSES.read(in).build();
    }

    @Override
    SuggestedResponse.Builder<?, ?> builder(String type) {
        return switch (type) {
            case TextResponse.TYPE -> TextResponse.builder();
            case PictureResponse.TYPE -> PictureResponse.builder();
            case FriendPickerResponse.TYPE -> FriendPickerResponse.builder();
            default -> UnknownResponse.builder(type);
        };
    }

    @Override
    boolean unknownType(SuggestedResponse.Builder<?, ?> response) {
        return response instanceof UnknownResponse.Builder;
    }

    @Override
    void unknownField(SuggestedResponse.Builder<?, ?> response, String name, JsonValue value) {
        response.unknownField(name, value);
    }

    @Override
    boolean field(SuggestedResponse.Builder<?, ?> response, String name, JsonIn in) throws IOException {
        if (name.equals("metadata")) {
            response.metadata(in.json());
        } else if (response instanceof TextResponse.Builder text && name.equals("body")) {
            text.body(in.string());
        } else if (response instanceof PictureResponse.Builder picture && name.equals("picUrl")) {
            picture.picUrl(in.string());
        } else if (response instanceof FriendPickerResponse.Builder picker) {
            return friendPicker(picker, name, in);
        } else {
            return false;
        }
        return true;
    }

    private static boolean friendPicker(FriendPickerResponse.Builder picker, String name, JsonIn in)
            throws IOException {
        switch (name) {
            case "body" -> picker.body(in.string());
            case "preselected" -> picker.preselected(in.strings());
            case "min" -> {
                Integer min = in.smallInteger();
                if (min != null) {
                    picker.min(min);
                }
            }
            case "max" -> {
                Integer max = in.smallInteger();
                if (max != null) {
                    picker.max(max);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}

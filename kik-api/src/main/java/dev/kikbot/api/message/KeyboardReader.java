package dev.kikbot.api.message;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads keyboards. Of a keyboard of an unknown kind, {@code to} and {@code hidden} are read as for any
 * keyboard and everything else is kept, so the fields go into a {@link Draft} until the object's end.
 */
final class KeyboardReader extends TypedReader<KeyboardReader.Draft> {

    private static final KeyboardReader KEYBOARDS = new KeyboardReader();

    /** Reads the keyboard object under the parser, and leaves the parser on its end. */
    static Keyboard keyboard(JsonIn in) throws IOException {
        return KEYBOARDS.read(in).build();
    }

    /** The fields of a keyboard read so far. */
    static final class Draft {

        private final String type;
        private String to;
        private Boolean hidden;
        private final List<SuggestedResponse> responses = new ArrayList<>();
        private final Map<String, JsonValue> unknownFields = new LinkedHashMap<>();

        private Draft(String type) {
            this.type = type;
        }

        private boolean suggested() {
            return type.equals(SuggestedResponseKeyboard.TYPE);
        }

        private Keyboard build() {
            if (!suggested()) {
                return UnknownKeyboard.read(type, to, hidden, unknownFields);
            }
            SuggestedResponseKeyboard.Builder keyboard = SuggestedResponseKeyboard.builder().to(to).responses(responses);
            if (hidden != null) {
                keyboard.hidden(hidden);
            }
            unknownFields.forEach(keyboard::unknownField);
            return keyboard.build();
        }
    }

    @Override
    Draft builder(String type) {
        return new Draft(type);
    }

    @Override
    boolean unknownType(Draft keyboard) {
        return !keyboard.suggested();
    }

    @Override
    void unknownField(Draft keyboard, String name, JsonValue value) {
        keyboard.unknownFields.put(name, value);
    }

    @Override
    boolean field(Draft keyboard, String name, JsonIn in) throws IOException {
        switch (name) {
            case "to" -> keyboard.to = in.string();
            case "hidden" -> keyboard.hidden = in.bool();
            case "responses" -> {
                if (!keyboard.suggested()) {
                    return false;
                }
                if (in.array()) {
                    while (in.nextItem()) {
                        keyboard.responses.add(ResponseReader.response(in));
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}

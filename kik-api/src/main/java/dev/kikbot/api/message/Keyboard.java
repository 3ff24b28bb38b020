package dev.kikbot.api.message;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A keyboard attached to a message or set as the bot's static keyboard. Kik defined one kind, the
 * {@link SuggestedResponseKeyboard}; any other kind is read as an {@link UnknownKeyboard} that keeps its
 * JSON.
 */
public abstract sealed class Keyboard extends WireObject permits SuggestedResponseKeyboard, UnknownKeyboard {

    private final String type;
    private final String to;
    private final Boolean hidden;

    Keyboard(String type, String to, Boolean hidden, Map<String, JsonValue> unknownFields) {
        super(unknownFields);
        this.type = Objects.requireNonNull(type, "type");
        this.to = to;
        this.hidden = hidden;
    }

    /** @return the wire type, {@code suggested} for suggested-response keyboards */
    public final String type() {
        return type;
    }

    /**
     * @return the only user who sees this keyboard; when empty, every user of the conversation who has no
     *     keyboard of their own sees it
     */
    public Optional<String> to() {
        return Optional.ofNullable(to);
    }

    /**
     * @return whether the keyboard stays hidden until the user asks for suggestions; false when not given
     */
    public boolean hidden() {
        return Boolean.TRUE.equals(hidden);
    }

    Boolean hiddenValue() {
        return hidden;
    }

    @Override
    final void writeFields(FieldSink out) {
        out.put("type", type());
        out.put("to", to);
        out.put("hidden", hidden);
        writeTypeFields(out);
    }
}

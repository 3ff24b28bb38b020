package dev.kikbot.api.message;

import java.util.Map;

/**
 * A keyboard of a type this library does not know. Its {@code to} and {@code hidden} are read as for any
 * keyboard; everything else stays in {@link #unknownFields()}, so it is written back unchanged.
 */
public final class UnknownKeyboard extends Keyboard {

    private UnknownKeyboard(String type, String to, Boolean hidden, Map<String, JsonValue> unknownFields) {
        super(type, to, hidden, unknownFields);
    }

    /**
     * @param raw the keyboard's JSON object, which must have a string {@code type}
     * @return the keyboard
     * @throws dev.kikbot.api.KikParseException if {@code raw} is not a keyboard object
     */
    public static UnknownKeyboard of(JsonValue raw) {
        Keyboard keyboard = WireReader.keyboard(raw.node, "keyboard");
        if (keyboard instanceof UnknownKeyboard unknown) {
            return unknown;
        }
        throw new IllegalArgumentException("keyboard type '" + keyboard.type() + "' is known; use its own class");
    }

    static UnknownKeyboard read(String type, String to, Boolean hidden, Map<String, JsonValue> unknownFields) {
        return new UnknownKeyboard(type, to, hidden, unknownFields);
    }

    /** @return the whole keyboard object, as it will be written */
    public JsonValue raw() {
        return JsonValue.wrap(WireWriter.toTree(this));
    }
}

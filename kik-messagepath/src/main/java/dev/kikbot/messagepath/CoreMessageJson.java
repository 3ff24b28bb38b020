package dev.kikbot.messagepath;

import dev.kikbot.api.KikParseException;
import dev.kikbot.messagepath.model.CoreMessage;
import java.util.Objects;

/**
 * Proto3 JSON of CoreMessages ({@code JsonFormat}), for logs and inspection. Not the Bot API's JSON: keys are
 * the proto3 JSON names ({@code keyboardAttachment}), and 64-bit numbers are strings.
 *
 * <p>Needs {@code com.google.protobuf:protobuf-java-util} on the class path, an optional dependency of
 * kik-messagepath: add it, at the version of your protobuf-java, to use this class. Without it every method
 * throws an {@link IllegalStateException} that says so; the rest of kik-messagepath does not need it.
 */
public final class CoreMessageJson {

    static final String JSON_FORMAT = "com.google.protobuf.util.JsonFormat";

    /** Why JsonFormat cannot be loaded, or null if it can. */
    private static final ClassNotFoundException MISSING = probe();

    private CoreMessageJson() {
    }

    /**
     * @param message a CoreMessage
     * @return its proto3 JSON, indented
     * @throws IllegalStateException if protobuf-java-util is not on the class path
     */
    public static String toJson(CoreMessage message) {
        Objects.requireNonNull(message, "message");
        requireJsonFormat();
        return ProtoJsonFormat.print(message, false);
    }

    /**
     * @param message a CoreMessage
     * @return its proto3 JSON on one line
     * @throws IllegalStateException if protobuf-java-util is not on the class path
     */
    public static String toCompactJson(CoreMessage message) {
        Objects.requireNonNull(message, "message");
        requireJsonFormat();
        return ProtoJsonFormat.print(message, true);
    }

    /**
     * @param json proto3 JSON of a CoreMessage
     * @return the message
     * @throws KikParseException if the JSON is not a CoreMessage
     * @throws IllegalStateException if protobuf-java-util is not on the class path
     */
    public static CoreMessage fromJson(String json) {
        Objects.requireNonNull(json, "json");
        requireJsonFormat();
        return ProtoJsonFormat.parse(json);
    }

    private static void requireJsonFormat() {
        if (MISSING != null) {
            throw new IllegalStateException("CoreMessageJson needs com.google.protobuf:protobuf-java-util, an optional"
                    + " dependency of dev.kikbot:kik-messagepath: add it to your build, at the same version as your"
                    + " com.google.protobuf:protobuf-java (" + JSON_FORMAT + " is not on the class path)", MISSING);
        }
    }

    private static ClassNotFoundException probe() {
        try {
            Class.forName(JSON_FORMAT, false, CoreMessageJson.class.getClassLoader());
            return null;
        } catch (ClassNotFoundException e) {
            return e;
        }
    }
}

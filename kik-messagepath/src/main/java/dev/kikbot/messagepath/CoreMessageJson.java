package dev.kikbot.messagepath;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dev.kikbot.api.KikParseException;
import dev.kikbot.messagepath.model.CoreMessage;
import java.util.Objects;

/**
 * Proto3 JSON of CoreMessages ({@code JsonFormat}), for logs and inspection. Not the Bot API's JSON: keys are
 * the proto3 JSON names ({@code keyboardAttachment}), and 64-bit numbers are strings.
 */
public final class CoreMessageJson {

    private static final JsonFormat.Printer PRINTER = JsonFormat.printer();
    private static final JsonFormat.Printer COMPACT = JsonFormat.printer().omittingInsignificantWhitespace();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser();

    private CoreMessageJson() {
    }

    /**
     * @param message a CoreMessage
     * @return its proto3 JSON, indented
     */
    public static String toJson(CoreMessage message) {
        return print(PRINTER, message);
    }

    /**
     * @param message a CoreMessage
     * @return its proto3 JSON on one line
     */
    public static String toCompactJson(CoreMessage message) {
        return print(COMPACT, message);
    }

    /**
     * @param json proto3 JSON of a CoreMessage
     * @return the message
     * @throws KikParseException if the JSON is not a CoreMessage
     */
    public static CoreMessage fromJson(String json) {
        Objects.requireNonNull(json, "json");
        CoreMessage.Builder builder = CoreMessage.newBuilder();
        try {
            PARSER.merge(json, builder);
        } catch (InvalidProtocolBufferException e) {
            throw new KikParseException("Not a CoreMessage in proto3 JSON: " + e.getMessage(), e);
        }
        return builder.build();
    }

    private static String print(JsonFormat.Printer printer, CoreMessage message) {
        Objects.requireNonNull(message, "message");
        try {
            return printer.print(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("CoreMessage has no Any fields, so printing cannot fail", e);
        }
    }
}

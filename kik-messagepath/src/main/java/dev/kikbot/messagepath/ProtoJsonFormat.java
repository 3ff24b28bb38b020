package dev.kikbot.messagepath;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dev.kikbot.api.KikParseException;
import dev.kikbot.messagepath.model.CoreMessage;

/**
 * The one class that uses protobuf-java-util, an optional dependency. It is loaded only after
 * {@link CoreMessageJson} has checked that {@code JsonFormat} is on the class path, so a missing jar never
 * surfaces as a {@code NoClassDefFoundError}. Its signatures mention only protobuf-java and JDK types.
 */
final class ProtoJsonFormat {

    private static final JsonFormat.Printer PRINTER = JsonFormat.printer();
    private static final JsonFormat.Printer COMPACT = JsonFormat.printer().omittingInsignificantWhitespace();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser();

    private ProtoJsonFormat() {
    }

    static String print(CoreMessage message, boolean compact) {
        try {
            return (compact ? COMPACT : PRINTER).print(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("CoreMessage has no Any fields, so printing cannot fail", e);
        }
    }

    static CoreMessage parse(String json) {
        CoreMessage.Builder builder = CoreMessage.newBuilder();
        try {
            PARSER.merge(json, builder);
        } catch (InvalidProtocolBufferException e) {
            throw new KikParseException("Not a CoreMessage in proto3 JSON: " + e.getMessage(), e);
        }
        return builder.build();
    }
}

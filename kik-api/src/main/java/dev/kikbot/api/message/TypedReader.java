package dev.kikbot.api.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one JSON object of a family whose {@code type} tells its members apart (messages, keyboards,
 * suggested responses) in one pass: each field goes straight into the builder of the object's type. A field
 * that comes before {@code type} and whose meaning depends on it waits as a tree until the type is known;
 * Kik's own webhook example has {@code type} third, after {@code chatId} and {@code id}, so a family can read
 * the fields every type shares at once ({@link #early}).
 *
 * <p>Fields the type does not know are kept, JSON nulls included. An object of an unknown type keeps the
 * nulls of its known fields as well, so that it is written back as it came.
 *
 * @param <B> what the fields are read into
 */
abstract class TypedReader<B> {

    /** @return a builder for an object of this type */
    abstract B builder(String type);

    /** @return whether the builder is for a type this library does not know */
    abstract boolean unknownType(B builder);

    /**
     * Reads a field of the builder's type, a JSON null as absent.
     *
     * @return false, having read nothing, if the builder's type has no such field
     */
    abstract boolean field(B builder, String name, JsonIn in) throws IOException;

    abstract void unknownField(B builder, String name, JsonValue value);

    /**
     * Reads, before the type is known, a field (not null) that every type reads the same way.
     *
     * @return false, having read nothing, if the field has to wait for the type
     */
    boolean early(String name, JsonIn in) throws IOException {
        return false;
    }

    /** Reads the object under the parser, and leaves the parser on its end. */
    final B read(JsonIn in) throws IOException {
        in.startObject();
        B builder = null;
        List<String> waitingNames = null;
        List<JsonNode> waitingValues = null;
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            if (builder != null) {
                read(builder, name, in);
            } else if (name.equals("type") && !in.isNull()) {
                builder = builder(in.string());
                for (int i = 0; waitingNames != null && i < waitingNames.size(); i++) {
                    String waiting = waitingNames.get(i);
                    read(builder, waiting, JsonIn.over(waitingValues.get(i), in.sibling(waiting)));
                }
            } else if (in.isNull() || !early(name, in)) {
                if (waitingNames == null) {
                    waitingNames = new ArrayList<>();
                    waitingValues = new ArrayList<>();
                }
                waitingNames.add(name);
                waitingValues.add(in.tree());
            }
        }
        if (builder == null) {
            throw in.missing("type");
        }
        return builder;
    }

    private void read(B builder, String name, JsonIn in) throws IOException {
        if (in.isNull() && unknownType(builder) || !field(builder, name, in)) {
            unknownField(builder, name, JsonValue.adopt(in.tree()));
        }
    }
}

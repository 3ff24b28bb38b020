package dev.kikbot.messagepath;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a nested message sits in a message tree, such as {@code keyboard_attachment.keyboards[0]}. The
 * walkers keep one per message they enter and spell it out only when they report something, so a valid
 * tree costs no strings. The root is {@code null}.
 */
final class FieldPath {

    private final FieldPath parent;
    private final String field;
    private final int index;

    private FieldPath(FieldPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    /** The message in a singular field, or the element {@code index} of a repeated one ({@code index >= 0}). */
    static FieldPath of(FieldPath parent, FieldDescriptor field, int index) {
        return new FieldPath(parent, field.getName(), index);
    }

    /** {@code parent.field}, or {@code parent.field[index]} when {@code index >= 0}; {@code parent} may be the root. */
    static String spell(FieldPath parent, String field, int index) {
        return new FieldPath(parent, field, index).toString();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
    }

    private void appendTo(StringBuilder out) {
        if (parent != null) {
            parent.appendTo(out);
            out.append('.');
        }
        out.append(field);
        if (index >= 0) {
            out.append('[').append(index).append(']');
        }
    }

    /**
     * @param type a message type
     * @param wanted a test of fields
     * @return whether a message of this type can hold a field that passes the test, at any depth (cycles in
     *     the schema are followed once)
     */
    static boolean reaches(Descriptor type, Predicate<FieldDescriptor> wanted) {
        Set<Descriptor> seen = new HashSet<>();
        ArrayDeque<Descriptor> next = new ArrayDeque<>();
        next.add(type);
        while (!next.isEmpty()) {
            Descriptor current = next.poll();
            if (!seen.add(current)) {
                continue;
            }
            for (FieldDescriptor field : current.getFields()) {
                if (wanted.test(field)) {
                    return true;
                }
                if (field.getJavaType() == JavaType.MESSAGE) {
                    next.add(field.getMessageType());
                }
            }
        }
        return false;
    }
}

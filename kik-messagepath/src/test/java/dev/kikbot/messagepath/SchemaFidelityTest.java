package dev.kikbot.messagepath;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.kikbot.messagepath.model.CoreMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our .proto files against the facts of the spec, read from the compiled descriptors: every message
 * reachable from CoreMessage (§3), every field's number, type, label and oneof (§4), and every field's
 * key bytes, JSON name and compiled options, byte for byte (Appendix A): so each validation rule, origin
 * restriction and deprecated mark is exactly Kik's.
 */
class SchemaFidelityTest {

    private static List<String[]> rows(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SchemaFidelityTest.class.getResourceAsStream("/" + resource), StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t")).toList();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Descriptor> reachable() {
        Set<Descriptor> seen = new java.util.LinkedHashSet<>();
        Deque<Descriptor> todo = new ArrayDeque<>(List.of(CoreMessage.getDescriptor()));
        while (!todo.isEmpty()) {
            Descriptor message = todo.pop();
            if (seen.add(message)) {
                message.getFields().stream().filter(f -> f.getType() == FieldDescriptor.Type.MESSAGE)
                        .forEach(f -> todo.add(f.getMessageType()));
            }
        }
        return seen;
    }

    private static FieldDescriptor field(String message, String field) {
        Descriptor descriptor = reachable().stream().filter(d -> d.getFullName().equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no message " + message));
        FieldDescriptor found = descriptor.findFieldByName(field);
        assertThat(found).as("%s.%s", message, field).isNotNull();
        return found;
    }

    @Test
    void theThirtyNineMessagesReachableFromCoreMessage() {
        Set<String> expected = new TreeSet<>(rows("schema-messages.txt").stream().map(row -> row[0]).toList());
        assertThat(expected).hasSize(39);
        assertThat(new TreeSet<>(reachable().stream().map(Descriptor::getFullName).toList())).isEqualTo(expected);
    }

    @Test
    void everyReachableFieldIsInTheSpecAndNoneIsMissing() {
        Set<String> expected = new TreeSet<>(rows("schema-types.tsv").stream().map(r -> r[0] + "." + r[1]).toList());
        Set<String> actual = new TreeSet<>();
        reachable().forEach(d -> d.getFields().forEach(f -> actual.add(d.getFullName() + "." + f.getName())));
        assertThat(actual).isEqualTo(expected);
    }

    @TestFactory
    Stream<DynamicTest> numberTypeLabelAndOneof() {
        return rows("schema-types.tsv").stream().map(row -> DynamicTest.dynamicTest(row[0] + "." + row[1], () -> {
            FieldDescriptor field = field(row[0], row[1]);
            assertThat(field.getNumber()).isEqualTo(Integer.parseInt(row[2]));
            assertThat(typeOf(field)).isEqualTo(row[3]);
            assertThat(field.isRepeated() ? "repeated" : "singular").isEqualTo(row[4]);
            String oneof = field.getRealContainingOneof() == null ? "-" : field.getRealContainingOneof().getName();
            assertThat(oneof).isEqualTo(row[5]);
        }));
    }

    @TestFactory
    Stream<DynamicTest> keyBytesJsonNamesAndCompiledOptions() {
        return rows("schema-fields.tsv").stream().map(row -> DynamicTest.dynamicTest(row[0] + "." + row[1], () -> {
            FieldDescriptor field = field(row[0], row[1]);
            assertThat(field.getNumber()).isEqualTo(Integer.parseInt(row[2]));
            assertThat(HexFormat.of().formatHex(key(field))).isEqualTo(row[4]);
            assertThat(field.getJsonName()).isEqualTo(row[5]);
            String options = HexFormat.of().formatHex(field.getOptions().toByteArray());
            assertThat(options.isEmpty() ? "—" : options).isEqualTo(row[6]);
        }));
    }

    private static String typeOf(FieldDescriptor field) {
        return switch (field.getJavaType()) {
            case MESSAGE -> "message:" + field.getMessageType().getFullName();
            case ENUM -> "enum:" + field.getEnumType().getFullName();
            default -> field.getType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static byte[] key(FieldDescriptor field) {
        int wireType = switch (field.getType()) {
            case STRING, BYTES, MESSAGE -> 2;
            case SFIXED64, FIXED64, DOUBLE -> 1;
            default -> 0;
        };
        int tag = field.getNumber() << 3 | wireType;
        byte[] bytes = new byte[CodedOutputStream.computeUInt32SizeNoTag(tag)];
        try {
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.writeUInt32NoTag(tag);
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }
}

package dev.kikbot.api.message;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.internal.Json;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Trees of the values kept as they came (metadata, unknown fields), read from the parser the readers walk,
 * so that their keys are checked for repeats like all others, and written node by node to the writer's
 * generator, without a trip through the mapper for each value.
 *
 * <p>Reading builds the nodes the library's mapper builds: a number written with a fraction or an exponent
 * keeps its exact text ({@code 1.10} stays {@code 1.10}); a number that was already a Java number (a tree
 * replayed from memory) keeps its type. Writing gives the bytes the mapper gives.
 */
final class Trees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Trees() {
    }

    /** Reads the value under the parser, which {@code in} walks; the parser ends on its last token. */
    static JsonNode read(JsonCursor in, JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                in.startObject();
                for (String name = in.nextField(); name != null; name = in.nextField()) {
                    object.set(name, read(in, parser));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (in.nextItem()) {
                    array.add(read(in, parser));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> switch (parser.getNumberTypeFP()) {
                case DOUBLE64 -> NODES.numberNode(parser.getDoubleValue());
                case FLOAT32 -> NODES.numberNode(parser.getFloatValue());
                default -> NODES.numberNode(parser.getDecimalValue());
            };
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject() instanceof byte[] bytes
                    ? NODES.binaryNode(bytes) : NODES.pojoNode(parser.getEmbeddedObject());
            default -> throw new IllegalStateException("not a value: " + parser.currentToken());
        };
    }

    /** Writes a tree as the mapper does; a node holding a Java object or bytes goes through the mapper. */
    static void write(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue());
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode item : node) {
                    write(out, item);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case NUMBER -> number(out, node);
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            default -> Json.write(out, node);
        }
    }

    private static void number(JsonGenerator out, JsonNode number) throws IOException {
        switch (number.numberType()) {
            case INT -> out.writeNumber(number.intValue());
            case LONG -> out.writeNumber(number.longValue());
            case BIG_INTEGER -> out.writeNumber(number.bigIntegerValue());
            case FLOAT -> out.writeNumber(number.floatValue());
            case DOUBLE -> out.writeNumber(number.doubleValue());
            default -> out.writeNumber(number.decimalValue());
        }
    }
}

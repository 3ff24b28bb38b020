package dev.kikbot.api.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The library's JSON operations, over one Jackson mapper. Internal: not part of the public API.
 *
 * <p>The mapper keeps numbers exactly as written ({@code 1.10} stays {@code 1.10}) so that values the library
 * does not interpret survive a parse and a write unchanged, and it rejects duplicate keys, whose meaning JSON
 * leaves open. This class is public only because three packages need it, so it offers operations and never
 * the mapper: whoever holds an {@code ObjectMapper} (or its {@code JsonFactory}, whose codec is the mapper)
 * can reconfigure it and change what every client in the process writes.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A copy of the mapper's factory without its codec, so a generator does not lead back to the mapper. */
    private static final JsonFactory GENERATORS = MAPPER.getFactory().copy();

    /** The same without the duplicate-key check, for readers that make it themselves. */
    private static final JsonFactory PARSERS = GENERATORS.rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** Parses JSON text; null or a missing node for empty input. */
    public static JsonNode readTree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    /** Parses UTF-8 JSON; a missing node for empty input. */
    public static JsonNode readTree(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** Reads the next value of a parser, such as a token buffer's. */
    public static JsonNode readTree(JsonParser parser) throws IOException {
        return MAPPER.readTree(parser);
    }

    /**
     * A parser that, unlike the mapper, lets a key repeat in an object: the caller must reject that itself,
     * as kik-api's message reader does more cheaply than Jackson's set of keys per object.
     */
    public static JsonParser parserWithoutDuplicateCheck(byte[] json) throws IOException {
        return PARSERS.createParser(json);
    }

    /**
     * @param value plain Java values: maps, lists, strings, numbers, booleans
     * @return their tree
     * @throws IllegalArgumentException if the value has no JSON form
     */
    public static JsonNode valueToTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** @return the tree as new, mutable maps, lists and plain values; null for a JSON null */
    public static Object toJava(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    /** Writes JSON with a generator, for {@link #bytes} and {@link #text}. */
    public interface Writing {
        void write(JsonGenerator out) throws IOException;
    }

    /** @return the UTF-8 that {@code writing} writes */
    public static byte[] bytes(Writing writing) {
        return utf8(writing, ByteArrayBuilder::toByteArray);
    }

    /**
     * @return the text that {@code writing} writes as UTF-8: decoded from the buffer, without the copy a
     *     byte array would take. (Jackson's text generator would not give the same text: it writes a
     *     character outside the BMP as it is, where the UTF-8 one escapes both halves of its surrogate pair.)
     */
    public static String text(Writing writing) {
        return utf8(writing, buffer -> buffer.size() == buffer.getCurrentSegmentLength()
                ? new String(buffer.getCurrentSegment(), 0, buffer.size(), StandardCharsets.UTF_8)
                : new String(buffer.toByteArray(), StandardCharsets.UTF_8));
    }

    /**
     * Writes into a buffer from the factory's pool, as {@code ObjectMapper.writeValueAsBytes} does, rather than
     * into a stream that grows and is copied: writing a message allocates a third less than with a
     * ByteArrayOutputStream.
     */
    private static <T> T utf8(Writing writing, Function<ByteArrayBuilder, T> result) {
        BufferRecycler recycler = GENERATORS._getBufferRecycler();
        try (ByteArrayBuilder buffer = new ByteArrayBuilder(recycler)) {
            try (JsonGenerator out = GENERATORS.createGenerator(buffer)) {
                writing.write(out);
            }
            T written = result.apply(buffer);
            buffer.release();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: memory only
        } finally {
            recycler.releaseToPool();
        }
    }

    /** @return a UTF-8 generator with no codec: write trees and values through {@link #write} */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        return GENERATORS.createGenerator(out);
    }

    /** @return a generator with no codec: write trees and values through {@link #write} */
    public static JsonGenerator generator(Writer out) throws IOException {
        return GENERATORS.createGenerator(out);
    }

    /** Writes a tree or a plain Java value with the mapper's settings. */
    public static void write(JsonGenerator out, Object value) throws IOException {
        MAPPER.writeValue(out, value);
    }
}

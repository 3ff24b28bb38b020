package dev.kikbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Golden wire files under {@code src/test/resources/wire} and strict JSON comparison. */
public final class Wire {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private Wire() {
    }

    /** @return the text of {@code wire/<name>} */
    public static String file(String name) {
        try (InputStream in = Wire.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file wire/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON with a plain mapper, independent of the library's own. */
    public static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts two JSON texts are the same JSON: the same keys, values and array orders, nothing more, nothing
     * less (object key order aside).
     */
    public static void assertSameJson(String actual, String expected) {
        assertThat(tree(actual)).as("JSON written:%n%s%nexpected:%n%s", actual, expected).isEqualTo(tree(expected));
    }
}

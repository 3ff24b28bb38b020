package dev.kikbot.api.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON text as Python's {@code json.dumps} writes it by default: {@code ", "} and {@code ": "} as separators
 * and non-ASCII characters escaped. kik-python encodes a Kik Code's data dictionary this way, and the string
 * comes back to the bot verbatim in {@code scan-data}, so bots written against kik-python expect exactly it.
 * Internal: not part of the public API.
 */
public final class PythonJson {

    private PythonJson() {
    }

    /**
     * @param value a map, list or plain value
     * @return its JSON text, Python style
     */
    public static String dumps(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.generator(text)) {
            out.setPrettyPrinter(new PythonSeparators());
            out.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
            out.disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE.mappedFeature()); // Python writes \u00e9
            Json.write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static final class PythonSeparators extends MinimalPrettyPrinter {

        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator out) throws IOException {
            out.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator out) throws IOException {
            out.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator out) throws IOException {
            out.writeRaw(", ");
        }
    }
}

package dev.kikbot.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The benchmarks' inputs, from {@code src/main/resources/inputs}; the kik-node script reads the same files.
 * The webhook bodies are the spec's doc example (§3.4) and kik-api's golden incoming messages, compacted.
 */
final class Inputs {

    /** The API key of the spec's signature vectors 2 and 4 (§6.4). */
    static final String API_KEY = "2042cd8e-638c-4183-aef4-d4bef6f01981";

    private Inputs() {
    }

    /**
     * @param name a file in {@code inputs/}, such as {@code webhook-one.json}
     * @return its bytes
     */
    static byte[] bytes(String name) {
        try (InputStream in = Inputs.class.getResourceAsStream("/inputs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no input " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A body of an exact size to sign: the 100-message webhook body, repeated and cut to length.
     *
     * @param size the length in bytes
     * @return the body
     */
    static byte[] signedBody(int size) {
        byte[] pattern = bytes("webhook-hundred.json");
        byte[] body = new byte[size];
        for (int i = 0; i < size; i++) {
            body[i] = pattern[i % pattern.length];
        }
        return body;
    }
}

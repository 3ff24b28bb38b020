package dev.kikbot.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A webhook body to typed messages, against its limit: a Jackson streaming walk over the same bytes that
 * reads every name and value and builds nothing.
 */
@State(Scope.Benchmark)
public class ParseBenchmark {

    /** {@code one}: the doc example's text message; {@code hundred}: its two messages 50 times; {@code mix}: every incoming type. */
    @Param({"one", "hundred", "mix"})
    public String body;

    private final JsonFactory factory = new JsonFactory();
    private byte[] json;

    @Setup
    public void load() {
        json = Inputs.bytes("webhook-" + body + ".json");
    }

    @Benchmark
    public List<Message> kikbot() {
        return Messages.fromJson(json);
    }

    @Benchmark
    public long limitJacksonStreaming() throws IOException {
        return walk(factory, json);
    }

    /** Reads every token; returns a checksum of what it read, so that nothing can be skipped. */
    static long walk(JsonFactory factory, byte[] json) throws IOException {
        long sum = 0;
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> sum += parser.currentName().length();
                    case VALUE_STRING -> sum += parser.getText().length();
                    case VALUE_NUMBER_INT -> sum += parser.getLongValue();
                    case VALUE_NUMBER_FLOAT -> sum += (long) parser.getDoubleValue();
                    case VALUE_TRUE -> sum++;
                    default -> { } // structure tokens carry no value
                }
            }
        }
        return sum;
    }
}

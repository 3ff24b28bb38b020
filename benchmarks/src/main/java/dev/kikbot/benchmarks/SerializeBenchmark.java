package dev.kikbot.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kikbot.api.message.JsonValue;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.TextResponse;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A text message with a suggested-response keyboard to its JSON, against its limit: Jackson writing a
 * prebuilt {@code JsonNode} tree of the same JSON ({@code inputs/text-with-keyboard.json}).
 */
@State(Scope.Benchmark)
public class SerializeBenchmark {

    static final Message MESSAGE = TextMessage.builder()
            .to("aleem")
            .chatId("0ee6d46753bfa6ac2f089149959363f3f59ae62b10cba89cc426490ce38ea92d")
            .body("Pick one")
            .addKeyboard(SuggestedResponseKeyboard.builder()
                    .hidden(false)
                    .addResponse(TextResponse.builder().body("Yes").metadata(JsonValue.parse("{\"choice\":\"yes\"}")).build())
                    .addResponse(TextResponse.of("No"))
                    .addResponse(TextResponse.of("Maybe"))
                    .build())
            .build();

    private final ObjectMapper mapper = new ObjectMapper();
    private JsonNode tree;

    @Setup
    public void load() throws IOException {
        tree = mapper.readTree(Inputs.bytes("text-with-keyboard.json"));
    }

    @Benchmark
    public String kikbot() {
        return Messages.toJson(MESSAGE);
    }

    @Benchmark
    public String limitJacksonTree() throws IOException {
        return mapper.writeValueAsString(tree);
    }
}

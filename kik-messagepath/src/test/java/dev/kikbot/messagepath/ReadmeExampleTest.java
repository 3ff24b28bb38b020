package dev.kikbot.messagepath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.message.JsonValue;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.TextResponse;
import dev.kikbot.messagepath.model.CoreMessage;
import dev.kikbot.messagepath.model.CoreMessageOptions.CoreMessageOriginRestriction.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's kik-messagepath example compiles, runs, and is the same code as shown. */
class ReadmeExampleTest {

    @Test
    void readmeExampleRuns() {
        Result result = readmeExample();
        assertThat(result.violations()).isEmpty();
        assertThat(HexFormat.of().formatHex(result.wire())).startsWith("da3e"); // keyboard_attachment, 1003
        assertThat(result.inspect()).contains("\"keyboardAttachment\"");
        assertThat(result.received()).isEqualTo(TextMessage.builder().body("Yes")
                .metadata(JsonValue.of("pizza-yes")).build());
    }

    @Test
    void theReadmeShowsExactlyThisExample() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("## kik-messagepath.*?```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).isTrue();
        String source = Files.readString(Path.of("src/test/java/dev/kikbot/messagepath/ReadmeExampleTest.java"));
        String tested = source.substring(source.lastIndexOf("// README:start\n") + 16,
                source.lastIndexOf("        // README:end"));
        String unindented = tested.lines().map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .reduce("", (a, b) -> a + b + "\n").strip();
        assertThat(unindented).isEqualTo(block.group(1).strip());
    }

    private record Result(List<SchemaViolation> violations, byte[] wire, String inspect, Message received) {
    }

    private static Result readmeExample() {
        // README:start
        // A bot's text message with a keyboard, as the Bot API has it...
        TextMessage reply = TextMessage.builder()
                .to("alice_b2x")
                .body("Pizza?")
                .addKeyboard(SuggestedResponseKeyboard.builder()
                        .to("alice_b2x")
                        .addResponse(TextResponse.builder().body("Yes").metadata(JsonValue.of("pizza-yes")).build())
                        .addResponse(TextResponse.of("No"))
                        .build())
                .build();

        // ...becomes the CoreMessage attachments Kik's apps render. The translation is checked against the
        // schema's kik.validation rules and origin restrictions; what cannot be translated names its field.
        CoreMessage core = BotMessageTranslator.toCoreMessage(reply);
        List<SchemaViolation> violations = MessagepathValidator.validate(core);   // empty
        OriginPolicy.check(core, Origin.BOT);                                     // bots may send keyboards

        byte[] wire = core.toByteArray();                                         // exactly Kik's bytes
        String inspect = CoreMessageJson.toJson(core);                            // proto3 JSON, for logs

        // The user taps "Yes": the app sends a keyboard reply, and the bot receives a text message.
        TextResponse yes = (TextResponse) ((SuggestedResponseKeyboard) reply.keyboards().get(0)).responses().get(0);
        CoreMessage tap = BotMessageTranslator.keyboardReply(yes);
        Message received = BotMessageTranslator.toBotMessage(tap, yes);           // text "Yes", metadata "pizza-yes"
        // README:end
        return new Result(violations, wire, inspect, received);
    }
}

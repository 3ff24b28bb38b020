package dev.kikbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.RecordingServer.Answer;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.PresetAttribution;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.TextResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's example compiles, runs against a local server, and is the same code as shown. */
class ReadmeExampleTest {

    @Test
    void readmeExampleRunsAgainstALocalApi() throws IOException {
        try (RecordingServer server = new RecordingServer()) {
            server.answer(
                    Answer.ok("{\"webhook\":\"https://example.com/incoming\",\"features\":{\"manuallySendReadReceipts\":true}}"),
                    Answer.ok("{}"),
                    Answer.ok("{\"firstName\":\"Aleem\",\"lastName\":\"M\",\"timezone\":\"America/Toronto\"}"),
                    Answer.ok("{\"id\":\"ba7a319394f912ccad1ac42770529bd5cb0e9783\"}"),
                    Answer.ok("{}"));
            String apiKey = "mybotapikey";
            byte[] rawBody = "{\"messages\":[{\"type\":\"text\",\"from\":\"laura\",\"chatId\":\"c1\",\"body\":\"hey\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
            String signatureHeader = KikSignature.sign(apiKey, rawBody);

            String image = readmeExample(apiKey, server.url(), signatureHeader, rawBody);

            assertThat(server.requests()).extracting(RecordingServer.Request::path).containsExactly(
                    "/v1/config", "/v1/message", "/v1/user/aleem", "/v1/code", "/v1/message");
            assertThat(server.requests().get(4).body())
                    .isEqualTo("{\"messages\":[{\"type\":\"text\",\"to\":\"laura\",\"chatId\":\"c1\",\"body\":\"hey\"}]}");
            assertThat(image).isEqualTo(server.url() + "/v1/code/ba7a319394f912ccad1ac42770529bd5cb0e9783?c=1");
        }
    }

    @Test
    void theReadmeShowsExactlyThisExample() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher shown = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(shown.find()).as("README has a java block").isTrue();
        String source = Files.readString(Path.of("src/test/java/dev/kikbot/api/ReadmeExampleTest.java"));
        String tested = source.substring(source.lastIndexOf("// README:start\n") + 16, source.lastIndexOf("        // README:end"));
        assertThat(unindent(tested)).isEqualTo(shown.group(1).strip());
    }

    /** Removes the method body's eight spaces of indentation. */
    private static String unindent(String code) {
        return code.lines().map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .reduce("", (a, b) -> a + b + "\n").strip();
    }

    private static String readmeExample(String apiKey, String baseUrl, String signatureHeader, byte[] rawBody) {
        // README:start
        KikApi kik = KikApi.builder("mybot", apiKey)
                .baseUrl(baseUrl)                      // https://api.kik.com unless you point it elsewhere
                .build();

        kik.setConfiguration(Configuration.builder()
                .webhook("https://example.com/incoming")
                .features(Features.builder().manuallySendReadReceipts(true).build())
                .build());

        kik.sendMessages(List.of(
                TextMessage.builder()
                        .to("aleem")
                        .chatId("8c595a879e4140dbecb60f6c6933348bfd940cd9cbd6014e8fa51f24b5c8f74a")
                        .body("Pick one")
                        .addKeyboard(SuggestedResponseKeyboard.of(TextResponse.of("Yes"), TextResponse.of("No")))
                        .build(),
                PictureMessage.builder()
                        .to("aleem")
                        .picUrl("https://example.com/cat.jpg")
                        .attribution(PresetAttribution.CAMERA)
                        .build()));

        User user = kik.getUser("aleem");                          // user.firstName(), user.timezone()
        Code code = kik.createCode(Map.of("some", "data"));        // comes back as a scan-data message
        String image = code.url(Code.Color.TURQUOISE);

        // In your webhook: verify the raw bytes first, then parse.
        if (kik.verifySignature(signatureHeader, rawBody)) {
            for (Message message : Messages.fromJson(rawBody)) {
                if (message instanceof TextMessage text) {
                    kik.sendMessages(List.of(TextMessage.builder()
                            .to(text.from().orElseThrow())
                            .chatId(text.chatId().orElseThrow())
                            .body(text.body().orElse(""))
                            .build()));
                }
            }
        }
        // README:end
        assertThat(user.firstName()).isEqualTo("Aleem");
        return image;
    }
}

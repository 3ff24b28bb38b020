package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.KikSignature;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.emulator.platform.WebhookJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The webhook's JSON is byte for byte Kik's documented example (spec §6.4, vector 3), and so is its signature. */
class WebhookJsonTest {

    private static final String DOC_EXAMPLE = "{\"messages\":[{\"chatId\":"
            + "\"0ee6d46753bfa6ac2f089149959363f3f59ae62b10cba89cc426490ce38ea92d\","
            + "\"id\":\"0115efde-e54b-43d5-873a-5fef7adc69fd\",\"type\":\"text\",\"from\":\"laura\","
            + "\"participants\":[\"laura\"],\"body\":\"omg r u real? é☃\",\"timestamp\":1439576628405,"
            + "\"readReceiptRequested\":true,\"mention\":null,\"metadata\":null,\"chatType\":\"direct\"}]}";

    @Test
    void theDocumentedTextMessageIsWrittenExactlyAndSignedAsTheVectorSays() {
        TextMessage message = TextMessage.builder()
                .chatId("0ee6d46753bfa6ac2f089149959363f3f59ae62b10cba89cc426490ce38ea92d")
                .id("0115efde-e54b-43d5-873a-5fef7adc69fd").from("laura").participants("laura")
                .body("omg r u real? é☃").timestamp(1439576628405L).readReceiptRequested(true)
                .chatType(ChatType.DIRECT).build();

        byte[] body = WebhookJson.envelope(List.of(WebhookJson.write(message)));

        assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(DOC_EXAMPLE);
        assertThat(KikSignature.sign("7b939d69-e840-4d22-aab8-4188c2198f8a", body))
                .isEqualTo("A3376F44D7024FFF627C45515901C232E1CF0EEC");
    }
}

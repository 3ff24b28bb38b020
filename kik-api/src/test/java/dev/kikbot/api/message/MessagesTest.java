package dev.kikbot.api.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.KikParseException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Messages}: kik-python's test_utils.py and the error behaviour of the parser. */
class MessagesTest {

    private static final String TEXT = "{\"type\":\"text\",\"from\":\"aleem\",\"body\":\"Hi\"}";
    private static final String LINK = "{\"type\":\"link\",\"from\":\"aleem\",\"url\":\"http://foo.bar\"}";

    @Test
    void emptyArrayGivesNoMessages() {
        assertThat(Messages.fromJson("[]")).isEmpty();
        assertThat(Messages.fromJson("{\"messages\":[]}")).isEmpty();
    }

    @Test
    void singleElement() {
        assertThat(Messages.fromJson("[" + TEXT + "]"))
                .containsExactly(TextMessage.builder().from("aleem").body("Hi").build());
    }

    @Test
    void multipleElementsKeepTheirOrder() {
        List<Message> messages = Messages.fromJson("{\"messages\":[" + TEXT + "," + LINK + "]}");
        assertThat(messages).extracting(Message::type).containsExactly("text", "link");
        assertThat(messages.get(1)).isEqualTo(LinkMessage.builder().from("aleem").url("http://foo.bar").build());
    }

    @Test
    void unknownTypeBecomesUnknownMessageWithItsCommonFieldsRead() {
        Message message = Messages.fromJson("[{\"type\":\"some-unknown-type\",\"from\":\"aleem\",\"to\":\"bot\","
                + "\"foo\":1}]").get(0);
        assertThat(message).isInstanceOf(UnknownMessage.class);
        assertThat(message.type()).isEqualTo("some-unknown-type");
        assertThat(message.from()).contains("aleem");
        assertThat(message.to()).contains("bot");
        assertThat(((UnknownMessage) message).raw())
                .isEqualTo(JsonValue.parse("{\"type\":\"some-unknown-type\",\"from\":\"aleem\",\"to\":\"bot\",\"foo\":1}"));
    }

    @Test
    void readsBytesAndStreamsAsUtf8() {
        byte[] body = "{\"messages\":[{\"type\":\"text\",\"body\":\"é☃\"}]}".getBytes(StandardCharsets.UTF_8);
        TextMessage expected = TextMessage.builder().body("é☃").build();
        assertThat(Messages.fromJson(body)).containsExactly(expected);
        assertThat(Messages.fromJson(new ByteArrayInputStream(body))).containsExactly(expected);
    }

    @Test
    void envelopeIsWhatTheWebhookAndTheSendCallCarry() {
        String json = Messages.toJson(List.of(TextMessage.builder().to("a1").body("x").build()));
        assertThat(json).isEqualTo("{\"messages\":[{\"type\":\"text\",\"to\":\"a1\",\"body\":\"x\"}]}");
        assertThat(Messages.toJsonBytes(List.of())).asString(StandardCharsets.UTF_8).isEqualTo("{\"messages\":[]}");
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> Messages.fromJson("{\"messages\":[{\"type\":\"text\",}]}"))
                .isInstanceOf(KikParseException.class)
                .hasMessageStartingWith("Malformed JSON at line 1, column 29");
        assertThatThrownBy(() -> Messages.fromJson("")).isInstanceOf(KikParseException.class)
                .hasMessageContaining("no content");
        assertThatThrownBy(() -> Messages.fromJson("[] trailing")).isInstanceOf(KikParseException.class)
                .hasMessageStartingWith("Malformed JSON");
    }

    @Test
    void wrongEnvelopeSaysWhatWasExpected() {
        assertThatThrownBy(() -> Messages.fromJson("{\"msgs\":[]}")).isInstanceOf(KikParseException.class)
                .hasMessage("messages: is required (expected {\"messages\":[...]} or an array)");
        assertThatThrownBy(() -> Messages.fromJson("{\"messages\":{}}")).isInstanceOf(KikParseException.class)
                .hasMessage("messages: expected an array but was an object");
        assertThatThrownBy(() -> Messages.fromJson("\"text\"")).isInstanceOf(KikParseException.class)
                .hasMessage("expected {\"messages\":[...]} or an array but was a string");
    }

    @Test
    void aKnownFieldOfTheWrongTypeIsNamedByItsPath() {
        assertThatThrownBy(() -> Messages.fromJson("{\"messages\":[" + TEXT + ",{\"type\":\"text\","
                + "\"timestamp\":\"yesterday\"}]}"))
                .isInstanceOf(KikParseException.class)
                .hasMessage("messages[1].timestamp: expected a whole number but was a string");
        assertThatThrownBy(() -> Messages.fromJson("[{\"type\":\"text\",\"keyboards\":[{\"type\":\"suggested\","
                + "\"responses\":[{\"type\":\"text\",\"body\":5}]}]}]"))
                .isInstanceOf(KikParseException.class)
                .hasMessage("[0].keyboards[0].responses[0].body: expected a string but was a number");
        assertThatThrownBy(() -> Messages.fromJson("[{\"body\":\"no type\"}]"))
                .isInstanceOf(KikParseException.class).hasMessage("[0].type: is required");
        assertThatThrownBy(() -> Messages.fromJson("[{\"type\":\"picture\",\"attribution\":5}]"))
                .isInstanceOf(KikParseException.class)
                .hasMessage("[0].attribution: expected an object or a preset name but was a number");
        assertThatThrownBy(() -> Messages.fromJson("[{\"type\":\"text\",\"participants\":[\"a\",1]}]"))
                .isInstanceOf(KikParseException.class)
                .hasMessage("[0].participants[1]: expected a string but was a number");
    }

    @Test
    void duplicateKeysAreRejectedRatherThanGuessed() {
        assertThatThrownBy(() -> Messages.fromJson("[{\"type\":\"text\",\"body\":\"a\",\"body\":\"b\"}]"))
                .isInstanceOf(KikParseException.class).hasMessageContaining("Duplicate field 'body'");
    }

    @Test
    void keyboardsReadAndWriteOnTheirOwn() {
        String json = "{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"foo\"}]}";
        Keyboard keyboard = Messages.keyboardFromJson(json);
        assertThat(keyboard).isEqualTo(SuggestedResponseKeyboard.of(TextResponse.of("foo")));
        assertThat(Messages.toJson(keyboard)).isEqualTo(json);
    }
}

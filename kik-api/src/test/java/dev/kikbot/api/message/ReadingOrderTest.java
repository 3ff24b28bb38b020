package dev.kikbot.api.message;

import static dev.kikbot.api.Wire.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.KikParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader goes through the text once, in order: {@code type} may come anywhere in an object, and what it
 * reports first is still what a reading of the whole text would: malformed JSON anywhere, a repeated key
 * included, before a field of the wrong type.
 */
class ReadingOrderTest {

    private static final String TYPE_FIRST = "{\"type\":\"text\",\"chatId\":\"c1\",\"body\":\"Hi\",\"x\":1,"
            + "\"keyboards\":[{\"type\":\"suggested\",\"hidden\":true,\"responses\":["
            + "{\"type\":\"text\",\"body\":\"Yes\",\"metadata\":{\"a\":1.10}},{\"type\":\"payment\",\"amount\":2}]}],"
            + "\"mention\":null,\"timestamp\":1439576628405}";
    private static final String TYPE_LAST = "{\"chatId\":\"c1\",\"body\":\"Hi\",\"x\":1,"
            + "\"keyboards\":[{\"hidden\":true,\"responses\":["
            + "{\"body\":\"Yes\",\"metadata\":{\"a\":1.10},\"type\":\"text\"},{\"amount\":2,\"type\":\"payment\"}],"
            + "\"type\":\"suggested\"}],\"mention\":null,\"timestamp\":1439576628405,\"type\":\"text\"}";

    @Test
    void typeMayComeAfterTheFieldsItGivesAMeaning() {
        Message last = Messages.messageFromJson(TYPE_LAST);
        assertThat(last).isEqualTo(Messages.messageFromJson(TYPE_FIRST));
        assertThat(last.unknownFields()).containsOnlyKeys("x");
        assertSameJson(Messages.toJson(last), TYPE_FIRST.replace(",\"mention\":null", ""));
    }

    @Test
    void anUnknownTypeAfterItsFieldsKeepsTheirNullsInOrder() {
        Message poll = Messages.messageFromJson("{\"mention\":null,\"from\":\"aleem\",\"q\":[1],\"type\":\"poll\"}");
        assertThat(poll).isInstanceOf(UnknownMessage.class);
        assertThat(poll.from()).contains("aleem");
        assertThat(poll.unknownFields()).containsOnlyKeys("mention", "q");
        assertThat(Messages.toJson(poll)).isEqualTo("{\"type\":\"poll\",\"from\":\"aleem\",\"mention\":null,\"q\":[1]}");
    }

    @Test
    void aFieldBeforeTheTypeIsNamedByItsPathWhenItIsWrong() {
        assertThatThrownBy(() -> Messages.fromJson("[{\"timestamp\":\"x\",\"type\":\"text\"}]"))
                .isInstanceOf(KikParseException.class)
                .hasMessage("[0].timestamp: expected a whole number but was a string");
        assertThatThrownBy(() -> Messages.fromJson("{\"messages\":[{\"keyboards\":[{\"responses\":["
                + "{\"body\":7,\"type\":\"text\"}],\"type\":\"suggested\"}],\"type\":\"text\"}]}"))
                .isInstanceOf(KikParseException.class)
                .hasMessage("messages[0].keyboards[0].responses[0].body: expected a string but was a number");
        assertThatThrownBy(() -> Messages.fromJson("[{\"keyboards\":[{\"responses\":[]}],\"type\":\"text\"}]"))
                .isInstanceOf(KikParseException.class).hasMessage("[0].keyboards[0].type: is required");
    }

    @Test
    void malformedJsonLaterInTheTextIsReportedBeforeAWrongType() {
        assertThatThrownBy(() -> Messages.fromJson("[{\"type\":\"text\",\"timestamp\":\"x\"},{]"))
                .isInstanceOf(KikParseException.class).hasMessageStartingWith("Malformed JSON at line 1, column 35");
        assertThatThrownBy(() -> Messages.fromJson("[{\"type\":\"text\",\"timestamp\":\"x\"},{\"a\":1,\"a\":2}]"))
                .isInstanceOf(KikParseException.class)
                .hasMessageStartingWith("Malformed JSON at line 1, column 44").hasMessageEndingWith("Duplicate field 'a'");
        assertThatThrownBy(() -> Messages.fromJson("[{\"type\":\"text\",\"timestamp\":\"x\"}] []"))
                .isInstanceOf(KikParseException.class).hasMessageContaining("Trailing token");
    }

    @Test
    void aKeyRepeatedAnywhereIsRejected() {
        List<String> bodies = List.of(
                "[{\"type\":\"text\",\"metadata\":{\"a\":{\"b\":1,\"b\":2}}}]",
                "{\"messages\":[],\"ignored\":{\"b\":1,\"b\":2}}",
                "[{\"type\":\"picture\",\"attribution\":{\"name\":\"a\",\"b\":1,\"b\":2}}]",
                "[{\"x\":{\"b\":1,\"b\":2},\"type\":\"text\"}]",
                "[{\"from\":\"a\",\"b\":1,\"type\":\"text\",\"b\":2}]",
                "[{\"type\":\"text\",\"keyboards\":[{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"b\":1,\"b\":2}]}]}]");
        for (String body : bodies) {
            assertThatThrownBy(() -> Messages.fromJson(body)).as(body)
                    .isInstanceOf(KikParseException.class).hasMessageEndingWith("Duplicate field 'b'");
        }
    }

    @Test
    void objectsWithManyKeysAndDeepNestingAreRead() {
        StringBuilder many = new StringBuilder("{\"type\":\"text\"");
        for (int i = 0; i < 200; i++) {
            many.append(",\"k").append(i).append("\":").append(i);
        }
        assertThat(Messages.messageFromJson(many + "}").unknownFields()).hasSize(200);
        assertThatThrownBy(() -> Messages.messageFromJson(many + ",\"k57\":0}"))
                .isInstanceOf(KikParseException.class).hasMessageEndingWith("Duplicate field 'k57'");

        String deep = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        String json = "{\"type\":\"text\",\"metadata\":" + deep + ",\"x\":" + deep + "}";
        assertThat(Messages.toJson(Messages.messageFromJson(json))).isEqualTo(json);
    }
}

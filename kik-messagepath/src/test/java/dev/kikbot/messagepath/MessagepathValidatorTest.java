package dev.kikbot.messagepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.TextFormat;
import dev.kikbot.messagepath.SchemaViolation.Rule;
import dev.kikbot.messagepath.model.CoreMessage;
import dev.kikbot.messagepath.test.AllRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator reads every rule from the descriptors and names each violation by its path. */
class MessagepathValidatorTest {

    private static CoreMessage core(String text) throws TextFormat.ParseException {
        return TextFormat.parse(text, CoreMessage.class);
    }

    private static List<String> violations(CoreMessage message) {
        return MessagepathValidator.validate(message).stream().map(SchemaViolation::toString).toList();
    }

    @Test
    void aValidMessageHasNoViolations() throws Exception {
        assertThat(MessagepathValidator.validate(core("keyboard_attachment { keyboards { suggested_response_keyboard {"
                + " responses { text_response { body: \"Yes\" } } } } }"))).isEmpty();
        assertThat(MessagepathValidator.validate(CoreMessage.getDefaultInstance())).isEmpty();
    }

    @Test
    void pathsNameEveryStepDownToTheField() throws Exception {
        CoreMessage message = core("keyboard_attachment { keyboards { suggested_response_keyboard {"
                + " responses { text_response { body: \"a\" } }"
                + " responses { text_response { body: \"b\" } }"
                + " responses { text_response { } } } } }");
        assertThat(MessagepathValidator.validate(message)).containsExactly(new SchemaViolation(
                "keyboard_attachment.keyboards[0].suggested_response_keyboard.responses[2].text_response.body",
                Rule.MANDATORY, "is mandatory"));
    }

    @Test
    void mandatoryRepeatedFieldsNeedElements() throws Exception {
        assertThat(violations(core("keyboard_attachment { }")))
                .containsExactly("keyboard_attachment.keyboards: is mandatory");
        assertThat(violations(core("keyboard_attachment { keyboards { suggested_response_keyboard { } } }")))
                .containsExactly(
                        "keyboard_attachment.keyboards[0].suggested_response_keyboard.responses: is mandatory",
                        "keyboard_attachment.keyboards[0].suggested_response_keyboard.responses: must have at least 1 (has 0)");
    }

    @Test
    void mandatoryMessagesMustBeSet() throws Exception {
        assertThat(violations(core("keyboard_reply_attachment { suggested_reply { picture_reply { } } }")))
                .containsExactly("keyboard_reply_attachment.suggested_reply.picture_reply.pic_id: is mandatory");
    }

    @Test
    void jidsMustMatchTheirRegex() throws Exception {
        assertThat(violations(core("widget_attachment { widgets { to { local_part: \"Alice\" }"
                + " text_widget { body: \"x\" } } }")))
                .containsExactly("widget_attachment.widgets[0].to.local_part: 'Alice' must match "
                        + "^[a-z_0-9\\.]{2,30}(_[a-z0-9]{3})?$");
        assertThat(violations(core("keyboard_attachment { keyboards { to_v2 { alias_user_jid { local_part: \"short_a\" } }"
                + " suggested_response_keyboard { responses { text_response { body: \"x\" } } } } }")))
                .singleElement().asString().contains("to_v2.alias_user_jid.local_part: 'short_a' must match");
    }

    @Test
    void byteLengthsCountUtf8Bytes() throws Exception {
        String snowmen = "☃".repeat(334); // 1002 bytes, 334 characters
        assertThat(MessagepathValidator.validate(core("keyboard_attachment { keyboards { suggested_response_keyboard {"
                + " responses { text_response { body: \"" + snowmen + "\" } } } } }")))
                .extracting(SchemaViolation::rule, SchemaViolation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.MAX_BYTE_LENGTH,
                        "must be at most 1000 bytes (is 1002)"));
    }

    @Test
    void byteLengthsAreCountedAsGetBytesWouldCountThem() {
        for (String text : List.of("", "a", "é", "☃", "😀", "a😀b", "\uD83D", "x\uDE00y", "\uDE00\uD83D")) {
            assertThat(FieldRules.utf8Length(text)).as(text)
                    .isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void optionalStringsAreCheckedOnlyWhenPresent() throws Exception {
        // SuggestedResponseItem.metadata has min_byte_length 1 but is not mandatory: absent is fine.
        assertThat(violations(core("keyboard_attachment { keyboards { suggested_response_keyboard {"
                + " responses { text_response { body: \"x\" } } } } }"))).isEmpty();
        assertThat(violations(core("adaptive_card_attachment { card_definition: \"{\" }")))
                .containsExactly("adaptive_card_attachment.card_definition: must be at least 2 bytes (is 1)");
    }

    @Test
    void integerBoundsApplyToProto3NumbersEvenAtTheirDefault() throws Exception {
        assertThat(violations(core("keyboard_attachment { keyboards { suggested_response_keyboard { responses {"
                + " friend_picker_response { min: -1 max: 1001 } } } } }")))
                .containsExactly(
                        "keyboard_attachment.keyboards[0].suggested_response_keyboard.responses[0].friend_picker_response.min: must be at least 0 (is -1)",
                        "keyboard_attachment.keyboards[0].suggested_response_keyboard.responses[0].friend_picker_response.max: must be at most 1000 (is 1001)");
        assertThat(violations(core("keyboard_attachment { keyboards { suggested_response_keyboard { responses {"
                + " payment_response { description: \"Tea\" currency: \"CAD\" transaction_id { msb: 1 lsb: 2 } } } } } }")))
                .containsExactly("keyboard_attachment.keyboards[0].suggested_response_keyboard.responses[0]"
                        + ".payment_response.amount: must be at least 1 (is 0)");
    }

    @Test
    void repetitionBounds() throws Exception {
        StringBuilder uris = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            uris.append("uris { uri: \"https://e.com/").append(i).append("\" } ");
        }
        assertThat(violations(core("carousel_message_attachment { items { content { link_message_attachment { "
                + uris + "} } } }")))
                .containsExactly("carousel_message_attachment.items[0].content.link_message_attachment.uris: "
                        + "must have at most 10 (has 11)");
    }

    @Test
    void everyRuleKindIsReadFromTheDescriptors() {
        AllRules message = AllRules.newBuilder()
                .setName("a☃☃☃☃")
                .setRatio(2.0)
                .addAscending(1).addAscending(3).addAscending(2).addAscending(-1)
                .addDescending("b").addDescending("c")
                .putCounts("ok", 1).putCounts("NOT", 2)
                .setBig(-1) // 4294967295 as uint32
                .setMaybe("ab")
                .build();
        assertThat(MessagepathValidator.validate(message)).extracting(SchemaViolation::rule).containsExactly(
                Rule.MAX_CODEPOINTS, Rule.MAX_VALUE, Rule.ORDERED, Rule.MIN_VALUE, Rule.ORDERED, Rule.REGEX,
                Rule.MAX_VALUE, Rule.MIN_BYTE_LENGTH);
        assertThat(MessagepathValidator.validate(message).stream().map(SchemaViolation::toString)).containsExactly(
                "name: must be at most 4 characters (is 5)",
                "ratio: must be at most 1.5 (is 2.0)",
                "ascending[2]: must be in ascending order",
                "ascending[3]: must be at least 0 (is -1)",
                "descending[1]: must be in descending order",
                "counts[1].key: 'NOT' must match ^[a-z]+$",
                "big: must be at most 4000000000 (is 4294967295)",
                "maybe: must be at least 3 bytes (is 2)");
        assertThat(MessagepathValidator.validate(AllRules.newBuilder().setName("a").setRatio(1).build()))
                .extracting(SchemaViolation::toString).containsExactly("name: must be at least 2 characters (is 1)");
    }

    @Test
    void requireValidThrowsWithEveryViolation() throws Exception {
        CoreMessage message = core("keyboard_attachment { }");
        assertThatThrownBy(() -> MessagepathValidator.requireValid(message))
                .isInstanceOfSatisfying(SchemaViolationException.class,
                        e -> assertThat(e.violations()).hasSize(1))
                .hasMessage("Invalid: keyboard_attachment.keyboards: is mandatory");
    }
}

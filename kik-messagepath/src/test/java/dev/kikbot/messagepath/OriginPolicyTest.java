package dev.kikbot.messagepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.TextFormat;
import dev.kikbot.messagepath.model.CoreMessage;
import dev.kikbot.messagepath.model.CoreMessageOptions.CoreMessageOriginRestriction.Origin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may send which attachment, from the schema's origin_restriction options (spec §4, §9.5). */
class OriginPolicyTest {

    @ParameterizedTest(name = "{0}: mobile may send {1}, bot may send {2}")
    @CsvSource(delimiter = '|', value = {
        "keyboard_attachment { keyboards { } }                               | false | true",
        "widget_attachment { widgets { } }                                   | false | true",
        "adaptive_card_attachment { card_id: \"c\" }                         | false | true",
        "text_markdown_attachment { markdown: \"*hi*\" }                     | false | true",
        "visibility_rules_attachment { rule: USE_INITIATOR_FOR_VISIBILITY }  | false | true",
        "mention_reply_attachment { }                                        | false | true",
        "chat_theme_attachment { }                                           | false | true",
        "transaction_details_attachment { target: SENDER }                   | false | true",
        "keyboard_reply_attachment { suggested_reply { text_reply { } } }    | true  | false",
        "carousel_message_attachment { items { } }                           | true  | true",
    })
    void attachmentsByOrigin(String text, boolean mobileMay, boolean botMay) throws TextFormat.ParseException {
        CoreMessage message = TextFormat.parse(text, CoreMessage.class);
        String attachment = text.substring(0, text.indexOf(' '));
        assertThat(OriginPolicy.deniedFields(message, Origin.MOBILE)).isEqualTo(
                mobileMay ? java.util.List.of() : java.util.List.of(attachment));
        assertThat(OriginPolicy.deniedFields(message, Origin.BOT)).isEqualTo(
                botMay ? java.util.List.of() : java.util.List.of(attachment));
        if (!mobileMay) {
            assertThatThrownBy(() -> OriginPolicy.check(message, Origin.MOBILE))
                    .isInstanceOfSatisfying(OriginRestrictionException.class, e -> {
                        assertThat(e.origin()).isEqualTo(Origin.MOBILE);
                        assertThat(e.fields()).containsExactly(attachment);
                    })
                    .hasMessage("A MOBILE sender may not set " + attachment);
        } else {
            OriginPolicy.check(message, Origin.MOBILE);
        }
    }
}

package dev.kikbot.messagepath;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.TextFormat;
import dev.kikbot.messagepath.model.CoreMessage;
import dev.kikbot.messagepath.model.CoreMessageOptions.CoreMessageOriginRestriction.Origin;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One message of each of the 39 types reachable from CoreMessage, valid under every rule: it survives the
 * wire, text format and proto3 JSON, the validator accepts it, and the origin policy says who may send it.
 * Bot-only and client-only attachments cannot share one real message, which is the point of the last check.
 */
class EveryMessageTest {

    private static final String EVERY_MESSAGE = """
            carousel_message_attachment {
              items { message_id { msb: 1 lsb: 2 } }
              items { content {
                keyboard_attachment { keyboards { suggested_response_keyboard { responses { text_response { body: "More" } } } } }
                link_message_attachment {
                  uris { uri: "https://example.com/a" platform: IOS priority: 1 }
                  title: "A" text: "About A" picture { url: "https://example.com/a.jpg" }
                  attribution { name: "Example" icon { url: "https://example.com/icon.png" } }
                  content_layout { type: PHOTO } allow_forward: true
                } } }
            }
            visibility_rules_attachment {
              initiator_v2 { alias_user_jid { local_part: "abcdefghijklmnopqrstuvwxyz0123456789-_abcdefghijklmn_a" } }
              drop_if_initiator_not_friend: true rule: USE_INITIATOR_FOR_VISIBILITY
            }
            mention_reply_attachment { original_mentioner_v2 { bare_user_jid { local_part: "alice_b2x" } } }
            keyboard_attachment { keyboards {
              to_v2 { bare_user_jid { local_part: "alice_b2x" } } hidden: true
              suggested_response_keyboard {
                responses { metadata: "t" text_response { body: "Yes" } }
                responses { payment_response { description: "Tea" amount: 300 currency: "CAD"
                  transaction_id { msb: 3 lsb: 4 } saved_card { last_4_digits: "4242" brand: "Visa" } } }
                responses { friend_picker_response { body: "Pick" min: 1 max: 2 preselected { local_part: "bob.smith" } } }
                responses { picture_response { thumbnail_url: "https://p/t.jpg" pic_url: "https://p/f.jpg" pic_id { msb: 5 lsb: 6 } } }
              } } }
            keyboard_reply_attachment { suggested_reply { metadata: "m" friend_picker_reply { picked { local_part: "carol_9kq" } } } }
            widget_attachment { widgets { to { local_part: "alice_b2x" } text_widget { body: "Order on its way" title: "Delivery"
              keyboard { suggested_response_keyboard { responses { text_response { body: "Track" } } } } } } }
            adaptive_card_attachment { card_id: "card-7f3a" }
            text_markdown_attachment { markdown: "**bold**" }
            chat_theme_attachment { new_chat_theme { product_id { msb: 7 lsb: 8 } } new_chat_theme_lock { lock_status: ADMIN_LOCKED } }
            transaction_details_attachment { target: RECIPIENT }
            """;

    private static final String REPLIES = """
            keyboard_reply_attachment { suggested_reply { text_reply { } } }
            keyboard_reply_attachment { suggested_reply { payment_reply { } } }
            keyboard_reply_attachment { suggested_reply { picture_reply { pic_id { msb: 9 lsb: 10 } } } }
            """;

    @Test
    void everyReachableMessageTypeSurvivesEveryEncodingAndPassesTheRules() throws Exception {
        CoreMessage message = TextFormat.parse(EVERY_MESSAGE, CoreMessage.class);
        Set<String> types = new HashSet<>();
        collectTypes(message, types);
        for (String reply : REPLIES.strip().split("\n")) {
            CoreMessage other = TextFormat.parse(reply, CoreMessage.class);
            collectTypes(other, types);
            assertThat(CoreMessage.parseFrom(other.toByteArray())).isEqualTo(other);
            assertThat(MessagepathValidator.validate(other)).isEmpty();
        }
        assertThat(types).hasSize(39);

        assertThat(CoreMessage.parseFrom(message.toByteArray())).isEqualTo(message);
        assertThat(TextFormat.parse(TextFormat.printer().printToString(message), CoreMessage.class)).isEqualTo(message);
        assertThat(CoreMessageJson.fromJson(CoreMessageJson.toJson(message))).isEqualTo(message);
        assertThat(MessagepathValidator.validate(message)).isEmpty();

        assertThat(OriginPolicy.deniedFields(message, Origin.BOT)).containsExactly("keyboard_reply_attachment");
        assertThat(OriginPolicy.deniedFields(message, Origin.MOBILE)).containsExactlyInAnyOrder(
                "visibility_rules_attachment", "mention_reply_attachment", "keyboard_attachment", "widget_attachment",
                "adaptive_card_attachment", "text_markdown_attachment", "chat_theme_attachment",
                "transaction_details_attachment");
    }

    private static void collectTypes(Message message, Set<String> types) {
        Descriptor descriptor = message.getDescriptorForType();
        types.add(descriptor.getFullName());
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            if (field.getKey().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            List<?> values = field.getKey().isRepeated() ? (List<?>) field.getValue() : List.of(field.getValue());
            values.forEach(value -> collectTypes((Message) value, types));
        }
    }
}

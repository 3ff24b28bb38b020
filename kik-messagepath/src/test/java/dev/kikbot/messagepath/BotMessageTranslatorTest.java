package dev.kikbot.messagepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.TextFormat;
import dev.kikbot.api.message.CustomAttribution;
import dev.kikbot.api.message.FriendPickerMessage;
import dev.kikbot.api.message.FriendPickerResponse;
import dev.kikbot.api.message.JsonValue;
import dev.kikbot.api.message.LinkMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.PictureResponse;
import dev.kikbot.api.message.PresetAttribution;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.TextResponse;
import dev.kikbot.api.message.UnknownKeyboard;
import dev.kikbot.api.message.UnknownResponse;
import dev.kikbot.api.message.VideoMessage;
import dev.kikbot.messagepath.model.CoreMessage;
import dev.kikbot.messagepath.model.Keyboards.SuggestedReply;
import dev.kikbot.messagepath.model.Keyboards.SuggestedResponseItem;
import dev.kikbot.messagepath.model.Keyboards.PaymentSuggestedReply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per row of spec §9.1-§9.4, with the expected CoreMessage written in text format. */
class BotMessageTranslatorTest {

    private static CoreMessage expected(String text) {
        try {
            return TextFormat.parse(text, CoreMessage.class);
        } catch (TextFormat.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Translates and checks what every translation promises: the schema's rules and the bot's origin. */
    private static CoreMessage translate(Message message) {
        CoreMessage core = BotMessageTranslator.toCoreMessage(message);
        assertThat(MessagepathValidator.validate(core)).isEmpty();
        return core;
    }

    private static TextMessage.Builder text() {
        return TextMessage.builder().to("aleem").body("Pick one");
    }

    private static String pictureId(String url) {
        return TextFormat.printer().shortDebugString(BotMessageTranslator.picId(url));
    }

    @Nested
    class OutgoingKeyboards { // §9.1

        @Test
        void messageKeyboardsBecomeTheKeyboardAttachmentInOrder() {
            CoreMessage core = translate(text()
                    .addKeyboard(SuggestedResponseKeyboard.of(TextResponse.of("A")))
                    .addKeyboard(SuggestedResponseKeyboard.builder().to("laura").addResponse(TextResponse.of("B")).build())
                    .build());
            assertThat(core).isEqualTo(expected("keyboard_attachment {"
                    + " keyboards { suggested_response_keyboard { responses { text_response { body: 'A' } } } }"
                    + " keyboards { to_v2 { bare_user_jid { local_part: 'laura' } }"
                    + "   suggested_response_keyboard { responses { text_response { body: 'B' } } } } }"));
        }

        @Test
        void noKeyboardsMeansNoAttachment() {
            assertThat(translate(text().build())).isEqualTo(CoreMessage.getDefaultInstance());
        }

        @Test
        void keyboardsOnEveryKeyboardMessageType() {
            SuggestedResponseKeyboard keyboard = SuggestedResponseKeyboard.of(TextResponse.of("A"));
            for (Message message : List.<Message>of(
                    PictureMessage.builder().to("aleem").picUrl("http://p").addKeyboard(keyboard).build(),
                    VideoMessage.builder().to("aleem").videoUrl("http://v").addKeyboard(keyboard).build())) {
                assertThat(translate(message).getKeyboardAttachment().getKeyboardsCount()).isEqualTo(1);
            }
        }

        @Test
        void anUnknownKeyboardTypeLeavesTheOneofUnset() {
            UnknownKeyboard unknown = (UnknownKeyboard) Messages.keyboardFromJson(
                    "{\"type\":\"future\",\"to\":\"Laura\",\"hidden\":true,\"x\":1}");
            assertThat(translate(text().addKeyboard(unknown).build())).isEqualTo(expected(
                    "keyboard_attachment { keyboards { hidden: true to_v2 { bare_user_jid { local_part: 'laura' } } } }"));
        }

        @Test
        void keyboardToIsTheLowerCasedUsernameAsABareJid() {
            CoreMessage core = translate(text().addKeyboard(SuggestedResponseKeyboard.builder().to("Alice_B2X")
                    .addResponse(TextResponse.of("A")).build()).build());
            assertThat(core.getKeyboardAttachment().getKeyboards(0).getToV2().getBareUserJid().getLocalPart())
                    .isEqualTo("alice_b2x");
        }

        @Test
        void aUsernameThatCannotBeAJidIsAnErrorNamingTheField() {
            String longName = "abcdefghijklmnopqrstuvwxyz012345"; // 32 characters: a valid username, not a JID
            assertThatThrownBy(() -> translate(text().addKeyboard(SuggestedResponseKeyboard.builder().to(longName)
                    .addResponse(TextResponse.of("A")).build()).build()))
                    .isInstanceOfSatisfying(TranslationException.class,
                            e -> assertThat(e.field()).isEqualTo("keyboards[0].to"))
                    .hasMessageContaining("cannot be a JID");
        }

        @Test
        void hiddenKeepsItsPolarityAndFalseIsNotOnTheWire() {
            CoreMessage hidden = translate(text().addKeyboard(SuggestedResponseKeyboard.builder().hidden(true)
                    .addResponse(TextResponse.of("A")).build()).build());
            assertThat(hidden.getKeyboardAttachment().getKeyboards(0).getHidden()).isTrue();
            CoreMessage shown = translate(text().addKeyboard(SuggestedResponseKeyboard.builder().hidden(false)
                    .addResponse(TextResponse.of("A")).build()).build());
            assertThat(shown).isEqualTo(expected(
                    "keyboard_attachment { keyboards { suggested_response_keyboard { responses { text_response { body: 'A' } } } } }"));
        }

        @Test
        void anEmptyKeyboardHasNoValidFormAndTheErrorNamesTheField() {
            assertThatThrownBy(() -> translate(text().addKeyboard(SuggestedResponseKeyboard.builder().build()).build()))
                    .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.field())
                            .isEqualTo("keyboard_attachment.keyboards[0].suggested_response_keyboard.responses"));
        }

        @Test
        void textResponseBody() {
            SuggestedResponseItem item = translate(text().addTextResponses("Yes").build())
                    .getKeyboardAttachment().getKeyboards(0).getSuggestedResponseKeyboard().getResponses(0);
            assertThat(item.getTextResponse().getBody()).isEqualTo("Yes");
            assertThat(item.getMetadata()).isEmpty();
        }

        @Test
        void aTextResponseWithoutBodyIsAnError() {
            assertThatThrownBy(() -> translate(text().addKeyboard(SuggestedResponseKeyboard.of(
                    TextResponse.builder().build())).build()))
                    .isInstanceOf(TranslationException.class).hasMessageContaining("text_response.body: is mandatory");
        }

        @Test
        void metadataStringIsKeptAsIsAndOtherJsonBecomesCompactJson() {
            CoreMessage core = translate(text().addKeyboard(SuggestedResponseKeyboard.of(
                    TextResponse.builder().body("A").metadata(JsonValue.of("plain id")).build(),
                    TextResponse.builder().body("B").metadata(JsonValue.parse("{ \"choice\" : \"yes\" }")).build(),
                    TextResponse.builder().body("C").metadata(JsonValue.of(42)).build())).build());
            assertThat(core.getKeyboardAttachment().getKeyboards(0).getSuggestedResponseKeyboard().getResponsesList())
                    .extracting(SuggestedResponseItem::getMetadata)
                    .containsExactly("plain id", "{\"choice\":\"yes\"}", "42");
        }

        @Test
        void pictureResponseGetsThePlatformsThumbnailAndId() {
            CoreMessage core = translate(text().addKeyboard(SuggestedResponseKeyboard.of(PictureResponse.of(
                    "https://bots.example.com/full/1.jpg", JsonValue.of(Map.of("product", 1298373))))).build());
            assertThat(core).isEqualTo(expected("keyboard_attachment { keyboards { suggested_response_keyboard {"
                    + " responses { metadata: '{\"product\":1298373}' picture_response {"
                    + "   thumbnail_url: 'https://bots.example.com/full/1.jpg' pic_url: 'https://bots.example.com/full/1.jpg'"
                    + "   pic_id { " + pictureId("https://bots.example.com/full/1.jpg") + " } } } } } }"));
        }

        @Test
        void friendPickerResponseWithJidsForPreselectedUsers() {
            CoreMessage core = translate(text().addKeyboard(SuggestedResponseKeyboard.of(FriendPickerResponse.builder()
                    .body("Pick friends").min(1).max(3).preselected("Bob.Smith", "carol_9kq")
                    .metadata(JsonValue.of("invite")).build())).build());
            assertThat(core).isEqualTo(expected("keyboard_attachment { keyboards { suggested_response_keyboard {"
                    + " responses { metadata: 'invite' friend_picker_response { body: 'Pick friends' min: 1 max: 3"
                    + "   preselected { local_part: 'bob.smith' } preselected { local_part: 'carol_9kq' } } } } } }"));
        }

        @Test
        void friendPickerWithoutOptionalFields() {
            SuggestedResponseItem item = translate(text().addKeyboard(SuggestedResponseKeyboard.of(
                    FriendPickerResponse.builder().build())).build())
                    .getKeyboardAttachment().getKeyboards(0).getSuggestedResponseKeyboard().getResponses(0);
            assertThat(item.hasFriendPickerResponse()).isTrue();
            assertThat(item.getFriendPickerResponse().getSerializedSize()).isZero();
        }

        @Test
        void anUnknownResponseTypeKeepsOnlyItsMetadata() {
            SuggestedResponseItem item = translate(text().addKeyboard(SuggestedResponseKeyboard.of(
                    UnknownResponse.builder("payment").metadata(JsonValue.of("m")).build())).build())
                    .getKeyboardAttachment().getKeyboards(0).getSuggestedResponseKeyboard().getResponses(0);
            assertThat(item.getTypeCase()).isEqualTo(SuggestedResponseItem.TypeCase.TYPE_NOT_SET);
            assertThat(item.getMetadata()).isEqualTo("m");
        }

        @Test
        void aStaticKeyboardIsDeliveredAsAKeyboardAttachment() {
            assertThat(BotMessageTranslator.keyboardAttachment(List.of(SuggestedResponseKeyboard.of(TextResponse.of("foo")))))
                    .isEqualTo(expected("keyboard_attachment { keyboards { suggested_response_keyboard {"
                            + " responses { text_response { body: 'foo' } } } } }").getKeyboardAttachment());
        }
    }

    @Nested
    class KeyboardReplies { // §9.2

        private final TextResponse yes = TextResponse.builder().body("Yes").metadata(JsonValue.parse("{\"choice\":\"yes\"}")).build();

        @Test
        void aTappedTextResponseIsTheSupplementaryVectorAndComesBackAsTextWithBodyAndMetadata() {
            CoreMessage reply = BotMessageTranslator.keyboardReply(yes);
            assertThat(java.util.HexFormat.of().formatHex(reply.toByteArray())).isEqualTo(Vectors.byId("S1").hex());
            Message received = BotMessageTranslator.toBotMessage(reply, yes);
            assertThat(received).isEqualTo(TextMessage.builder().body("Yes")
                    .metadata(JsonValue.parse("{\"choice\":\"yes\"}")).build());
        }

        @Test
        void aStringMetadataComesBackAsTheSameString() {
            TextResponse tapped = TextResponse.builder().body("Go").metadata(JsonValue.of("{not json")).build();
            assertThat(BotMessageTranslator.toBotMessage(BotMessageTranslator.keyboardReply(tapped), tapped).metadata())
                    .contains(JsonValue.of("{not json"));
            TextResponse numberLike = TextResponse.builder().body("Go").metadata(JsonValue.of("42")).build();
            assertThat(BotMessageTranslator.toBotMessage(BotMessageTranslator.keyboardReply(numberLike), numberLike)
                    .metadata()).contains(JsonValue.of("42"));
        }

        @Test
        void aResponseWithoutMetadataRepliesWithout() {
            TextResponse plain = TextResponse.of("Ok");
            Message received = BotMessageTranslator.toBotMessage(BotMessageTranslator.keyboardReply(plain), plain);
            assertThat(received.metadata()).isEmpty();
        }

        @Test
        void aTappedPictureResponseComesBackAsAPictureMessage() {
            PictureResponse cat = PictureResponse.of("https://example.com/cat.jpg", JsonValue.of(Map.of("id", 7)));
            CoreMessage reply = BotMessageTranslator.keyboardReply(cat);
            assertThat(reply.getKeyboardReplyAttachment().getSuggestedReply().getPictureReply().getPicId())
                    .isEqualTo(BotMessageTranslator.picId("https://example.com/cat.jpg"));
            assertThat(BotMessageTranslator.toBotMessage(reply, cat)).isEqualTo(PictureMessage.builder()
                    .picUrl("https://example.com/cat.jpg").metadata(JsonValue.of(Map.of("id", 7))).build());
        }

        @Test
        void aPictureReplyForAnotherPictureIsRejected() {
            PictureResponse cat = PictureResponse.of("https://example.com/cat.jpg", JsonValue.of("c"));
            PictureResponse dog = PictureResponse.of("https://example.com/dog.jpg", JsonValue.of("d"));
            assertThatThrownBy(() -> BotMessageTranslator.toBotMessage(BotMessageTranslator.keyboardReply(cat), dog))
                    .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.field())
                            .isEqualTo("keyboard_reply_attachment.suggested_reply.picture_reply.pic_id"));
        }

        @Test
        void aFriendPickerPickComesBackAsAFriendPickerMessageWithUsernames() {
            FriendPickerResponse picker = FriendPickerResponse.builder().body("Invite").metadata(JsonValue.of("invite")).build();
            CoreMessage reply = BotMessageTranslator.keyboardReply(picker, List.of("bob.smith", "Carol_9kq"));
            assertThat(reply).isEqualTo(expected("keyboard_reply_attachment { suggested_reply { metadata: 'invite'"
                    + " friend_picker_reply { picked { local_part: 'bob.smith' } picked { local_part: 'carol_9kq' } } } }"));
            assertThat(BotMessageTranslator.toBotMessage(reply, picker)).isEqualTo(FriendPickerMessage.builder()
                    .picked("bob.smith", "carol_9kq").metadata(JsonValue.of("invite")).build());
        }

        @Test
        void pickingNobodyIsNotAReply() {
            FriendPickerResponse picker = FriendPickerResponse.builder().build();
            assertThatThrownBy(() -> BotMessageTranslator.keyboardReply(picker, List.of()))
                    .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.field())
                            .isEqualTo("keyboard_reply_attachment.suggested_reply.friend_picker_reply.picked"));
        }

        @Test
        void aPaymentReplyHasNoBotApiMessage() {
            CoreMessage payment = CoreMessage.newBuilder().setKeyboardReplyAttachment(
                    dev.kikbot.messagepath.model.Keyboards.KeyboardReplyAttachment.newBuilder().setSuggestedReply(
                            SuggestedReply.newBuilder().setPaymentReply(PaymentSuggestedReply.getDefaultInstance())))
                    .build();
            assertThatThrownBy(() -> BotMessageTranslator.toBotMessage(payment, TextResponse.of("x")))
                    .isInstanceOf(TranslationException.class).hasMessageContaining("PAYMENT_REPLY has no Bot API message");
        }

        @Test
        void aReplyToTheWrongKindOfResponseIsRejected() {
            assertThatThrownBy(() -> BotMessageTranslator.toBotMessage(BotMessageTranslator.keyboardReply(yes),
                    PictureResponse.of("http://p", JsonValue.of("x"))))
                    .isInstanceOf(TranslationException.class).hasMessageContaining("answers a TextResponse");
        }

        @Test
        void aReplyCarryingBotOnlyAttachmentsIsRejectedAsTheClientsMessage() {
            CoreMessage forged = BotMessageTranslator.keyboardReply(yes).toBuilder()
                    .setKeyboardAttachment(BotMessageTranslator.keyboardAttachment(
                            List.of(SuggestedResponseKeyboard.of(TextResponse.of("x"))))).build();
            assertThatThrownBy(() -> BotMessageTranslator.toBotMessage(forged, yes))
                    .isInstanceOfSatisfying(TranslationException.class,
                            e -> assertThat(e.field()).isEqualTo("keyboard_attachment"))
                    .hasMessageContaining("may not be sent by MOBILE");
            assertThatThrownBy(() -> BotMessageTranslator.toBotMessage(CoreMessage.getDefaultInstance(), yes))
                    .isInstanceOf(TranslationException.class).hasMessageContaining("is required");
        }
    }

    @Nested
    class LinkContent { // §9.3

        private LinkMessage.Builder link() {
            return LinkMessage.builder().to("aleem").url("https://example.com/a");
        }

        @Test
        void aLinkIsAOneItemCarouselWithItsUrlAsTheOnlyUri() {
            assertThat(translate(link().build())).isEqualTo(expected("carousel_message_attachment { items { content {"
                    + " link_message_attachment { uris { uri: 'https://example.com/a' } allow_forward: true } } } }"));
        }

        @Test
        void titleTextAndPicture() {
            CoreMessage core = translate(link().title("Article A").text("Summary A")
                    .picUrl("https://example.com/a.jpg").build());
            assertThat(core).isEqualTo(expected("carousel_message_attachment { items { content {"
                    + " link_message_attachment { uris { uri: 'https://example.com/a' } title: 'Article A'"
                    + "   text: 'Summary A' picture { url: 'https://example.com/a.jpg' } allow_forward: true } } } }"));
        }

        @Test
        void allowForwardIsTheInverseOfNoForward() {
            assertThat(translate(link().noForward(true).build()).getCarouselMessageAttachment().getItems(0)
                    .getContent().getLinkMessageAttachment().getAllowForward()).isFalse();
            assertThat(translate(link().noForward(false).build()).getCarouselMessageAttachment().getItems(0)
                    .getContent().getLinkMessageAttachment().getAllowForward()).isTrue();
        }

        @Test
        void attributionNameAndIcon() {
            CoreMessage core = translate(link().attribution(CustomAttribution.of("Example News",
                    "https://example.com/icon.png")).build());
            assertThat(core.getCarouselMessageAttachment().getItems(0).getContent().getLinkMessageAttachment()
                    .getAttribution()).isEqualTo(expected("carousel_message_attachment { items { content {"
                    + " link_message_attachment { attribution { name: 'Example News'"
                    + "   icon { url: 'https://example.com/icon.png' } } } } } }").getCarouselMessageAttachment()
                    .getItems(0).getContent().getLinkMessageAttachment().getAttribution());
        }

        @Test
        void aPresetAttributionHasNoLinkForm() {
            assertThatThrownBy(() -> translate(link().attribution(PresetAttribution.CAMERA).build()))
                    .isInstanceOfSatisfying(TranslationException.class,
                            e -> assertThat(e.field()).isEqualTo("attribution"));
        }

        @Test
        void kikJsDataHasNoCounterpartAndIsLeftOut() {
            assertThat(translate(link().kikJsData(JsonValue.of(Map.of("abc", 123))).build()))
                    .isEqualTo(translate(link().build()));
        }

        @Test
        void keyboardsOfALinkGoOnTheCoreMessage() {
            CoreMessage core = translate(link().addTextResponses("More").build());
            assertThat(core.hasKeyboardAttachment()).isTrue();
            assertThat(core.getCarouselMessageAttachment().getItems(0).getContent().hasKeyboardAttachment()).isFalse();
        }

        @Test
        void anOverlongTitleIsAnErrorNamingTheField() {
            assertThatThrownBy(() -> translate(link().title("t".repeat(1001)).build()))
                    .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.field()).isEqualTo(
                            "carousel_message_attachment.items[0].content.link_message_attachment.title"));
        }
    }

    @Nested
    class MentionsAndVisibility { // §9.4

        @Test
        void mentioningAnotherBotHasNoCoreMessageField() {
            assertThat(translate(text().mention("otherbot").build())).isEqualTo(CoreMessage.getDefaultInstance());
        }

        @Test
        void aReplyToAMentionGetsMentionReplyAndVisibilityRules() {
            Message incoming = TextMessage.builder().from("Laura").mention("mybot").chatId("c1").body("@mybot hi").build();
            CoreMessage core = BotMessageTranslator.toCoreMessage(
                    TextMessage.builder().to("laura").chatId("c1").body("hello").build(), incoming);
            assertThat(core).isEqualTo(expected("visibility_rules_attachment {"
                    + " initiator_v2 { bare_user_jid { local_part: 'laura' } } rule: USE_INITIATOR_FOR_VISIBILITY }"
                    + " mention_reply_attachment { original_mentioner_v2 { bare_user_jid { local_part: 'laura' } } }"));
        }

        @Test
        void aReplyToAnOrdinaryMessageGetsNeither() {
            Message incoming = TextMessage.builder().from("laura").body("hi").build();
            assertThat(BotMessageTranslator.toCoreMessage(TextMessage.builder().to("laura").body("x").build(), incoming))
                    .isEqualTo(CoreMessage.getDefaultInstance());
        }

        @Test
        void aMessageToAPickedFriendIsAnInviteDroppedUnlessTheyAreFriends() {
            Message picked = FriendPickerMessage.builder().from("laura").picked("bob.smith").build();
            CoreMessage invite = BotMessageTranslator.toCoreMessage(
                    TextMessage.builder().to("bob.smith").body("Laura invites you").build(), picked);
            assertThat(invite).isEqualTo(expected("visibility_rules_attachment {"
                    + " initiator_v2 { bare_user_jid { local_part: 'laura' } } drop_if_initiator_not_friend: true }"));
            CoreMessage toPicker = BotMessageTranslator.toCoreMessage(
                    TextMessage.builder().to("laura").body("Invites sent").build(), picked);
            assertThat(toPicker).isEqualTo(CoreMessage.getDefaultInstance());
        }
    }

    @Test
    void proto3JsonForInspection() {
        CoreMessage core = translate(text().addKeyboard(SuggestedResponseKeyboard.builder().to("alice_b2x").hidden(true)
                .addResponse(TextResponse.of("Yes")).build()).build());
        // Fields come in number order: hidden (2) before to_v2 (3), although to_v2 is declared first.
        assertThat(CoreMessageJson.toCompactJson(core)).isEqualTo("{\"keyboardAttachment\":{\"keyboards\":[{"
                + "\"hidden\":true,\"toV2\":{\"bareUserJid\":{\"localPart\":\"alice_b2x\"}},"
                + "\"suggestedResponseKeyboard\":{\"responses\":[{\"textResponse\":{\"body\":\"Yes\"}}]}}]}}");
        assertThat(CoreMessageJson.fromJson(CoreMessageJson.toJson(core))).isEqualTo(core);
        assertThatThrownBy(() -> CoreMessageJson.fromJson("{\"nope\":1}"))
                .isInstanceOf(dev.kikbot.api.KikParseException.class);
    }
}

package dev.kikbot.messagepath;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.TextFormat;
import com.google.protobuf.UnknownFieldSet;
import dev.kikbot.messagepath.Vectors.Vector;
import dev.kikbot.messagepath.common.XiBareUserJid;
import dev.kikbot.messagepath.common.XiUuid;
import dev.kikbot.messagepath.common.v1.XiBareUserJidOrAliasJid;
import dev.kikbot.messagepath.model.AdaptiveCards.AdaptiveCardAttachment;
import dev.kikbot.messagepath.model.Carousels.CarouselItem;
import dev.kikbot.messagepath.model.Carousels.CarouselItemContent;
import dev.kikbot.messagepath.model.Carousels.CarouselMessageAttachment;
import dev.kikbot.messagepath.model.CoreMessage;
import dev.kikbot.messagepath.model.CoreMessageCommon.AttributionAttachment;
import dev.kikbot.messagepath.model.CoreMessageCommon.ContentLayoutElement;
import dev.kikbot.messagepath.model.CoreMessageCommon.ContentLayoutElement.ContentLayoutType;
import dev.kikbot.messagepath.model.CoreMessageCommon.PictureElement;
import dev.kikbot.messagepath.model.CoreMessageCommon.UriElement;
import dev.kikbot.messagepath.model.Keyboards.FriendPickerSuggestedResponse;
import dev.kikbot.messagepath.model.Keyboards.Keyboard;
import dev.kikbot.messagepath.model.Keyboards.KeyboardAttachment;
import dev.kikbot.messagepath.model.Keyboards.KeyboardReplyAttachment;
import dev.kikbot.messagepath.model.Keyboards.PictureSuggestedResponse;
import dev.kikbot.messagepath.model.Keyboards.SuggestedReply;
import dev.kikbot.messagepath.model.Keyboards.SuggestedResponseItem;
import dev.kikbot.messagepath.model.Keyboards.SuggestedResponseKeyboard;
import dev.kikbot.messagepath.model.Keyboards.TextSuggestedReply;
import dev.kikbot.messagepath.model.Keyboards.TextSuggestedResponse;
import dev.kikbot.messagepath.model.LinkMessage.LinkMessageAttachment;
import dev.kikbot.messagepath.model.Widgets.TextWidget;
import dev.kikbot.messagepath.model.Widgets.Widget;
import dev.kikbot.messagepath.model.Widgets.WidgetAttachment;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vector of spec §8, built with the generated builders (not parsed from its hex): serialized, it is
 * exactly the vector's bytes; parsed from them, it is equal; printed and re-read in text format, it is
 * equal; and the vector's own text format reads to the same message.
 */
class VectorsTest {

    private static final Map<String, Supplier<CoreMessage>> BUILT = Map.of(
            "V01", VectorsTest::v01, "V02", VectorsTest::v02, "V03", VectorsTest::v03, "V04", VectorsTest::v04,
            "V05", VectorsTest::v05, "V06", VectorsTest::v06, "V07", VectorsTest::v07, "S1", VectorsTest::s1);

    @TestFactory
    Stream<DynamicTest> everyVector() {
        return Vectors.all().stream().map(vector -> DynamicTest.dynamicTest(vector.toString(), () -> {
            assertThat(BUILT).as("a builder for %s", vector.id()).containsKey(vector.id());
            CoreMessage built = BUILT.get(vector.id()).get();
            byte[] expected = HexFormat.of().parseHex(vector.hex());
            assertThat(expected).hasSize(vector.length());

            assertThat(HexFormat.of().formatHex(built.toByteArray())).isEqualTo(vector.hex());
            assertThat(CoreMessage.parseFrom(expected)).isEqualTo(built);
            assertThat(TextFormat.parse(TextFormat.printer().printToString(built), CoreMessage.class)).isEqualTo(built);
            assertThat(TextFormat.parse(vector.text(), CoreMessage.class)).isEqualTo(built);
            assertThat(MessagepathValidator.validate(built)).as("vectors satisfy the schema's rules").isEmpty();
        }));
    }

    @Test
    void allEightVectorsAreCovered() {
        assertThat(Vectors.all()).extracting(Vector::id)
                .containsExactlyInAnyOrder("V01", "V02", "V03", "V04", "V05", "V06", "V07", "S1");
    }

    @Test
    void aFieldThisSchemaDoesNotKnowSurvivesParseAndSerialize() throws InvalidProtocolBufferException {
        // CoreMessage field 1010 (video_conference_update_attachment) of a later Kik build: key 0x1f92 = 1010<<3|2.
        byte[] later = HexFormat.of().parseHex(Vectors.byId("V05").hex() + "923f03" + "0a0178");
        CoreMessage parsed = CoreMessage.parseFrom(later);
        assertThat(parsed.getAdaptiveCardAttachment().getCardId()).isEqualTo("card-7f3a");
        assertThat(parsed.getUnknownFields().hasField(1010)).isTrue();
        assertThat(parsed.toByteArray()).isEqualTo(later);
        assertThat(CoreMessage.parseFrom(parsed.toByteArray()).getUnknownFields())
                .isEqualTo(UnknownFieldSet.newBuilder().addField(1010, UnknownFieldSet.Field.newBuilder()
                        .addLengthDelimited(ByteString.copyFrom(HexFormat.of().parseHex("0a0178"))).build()).build());
    }

    @Test
    void anUnknownOneofMemberLeavesTheOneofUnset() throws InvalidProtocolBufferException {
        // A SuggestedResponseItem whose type is a later member, 36: the client sees TYPE_NOT_SET.
        SuggestedResponseItem item = SuggestedResponseItem.parseFrom(HexFormat.of().parseHex("a20200"));
        assertThat(item.getTypeCase()).isEqualTo(SuggestedResponseItem.TypeCase.TYPE_NOT_SET);
        assertThat(item.toByteArray()).isEqualTo(HexFormat.of().parseHex("a20200"));
    }

    @Test
    void uuidHalvesAreJavasUuidBits() {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(uuid.getMostSignificantBits()).isEqualTo(1314564453825188563L);
        assertThat(uuid.getLeastSignificantBits()).isEqualTo(-6605018797301088256L);
    }

    static XiBareUserJid jid(String localPart) {
        return XiBareUserJid.newBuilder().setLocalPart(localPart).build();
    }

    static XiBareUserJidOrAliasJid bare(String localPart) {
        return XiBareUserJidOrAliasJid.newBuilder().setBareUserJid(jid(localPart)).build();
    }

    static SuggestedResponseItem text(String body) {
        return SuggestedResponseItem.newBuilder()
                .setTextResponse(TextSuggestedResponse.newBuilder().setBody(body)).build();
    }

    static CoreMessage v01() {
        return CoreMessage.newBuilder().setKeyboardAttachment(KeyboardAttachment.newBuilder()
                .addKeyboards(Keyboard.newBuilder()
                        .setHidden(true)
                        .setToV2(bare("alice_b2x"))
                        .setSuggestedResponseKeyboard(SuggestedResponseKeyboard.newBuilder()
                                .addResponses(text("Yes").toBuilder().setMetadata("{\"choice\":\"yes\"}"))
                                .addResponses(text("No")))))
                .build();
    }

    static CoreMessage v02() {
        UUID picId = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        return CoreMessage.newBuilder().setKeyboardAttachment(KeyboardAttachment.newBuilder()
                .addKeyboards(Keyboard.newBuilder()
                        .setSuggestedResponseKeyboard(SuggestedResponseKeyboard.newBuilder()
                                .addResponses(SuggestedResponseItem.newBuilder()
                                        .setMetadata("{\"product\":1298373}")
                                        .setPictureResponse(PictureSuggestedResponse.newBuilder()
                                                .setThumbnailUrl("https://bots.example.com/thumb/1.jpg")
                                                .setPicUrl("https://bots.example.com/full/1.jpg")
                                                .setPicId(XiUuid.newBuilder()
                                                        .setMsb(picId.getMostSignificantBits())
                                                        .setLsb(picId.getLeastSignificantBits())))))))
                .build();
    }

    @SuppressWarnings("deprecation") // V03 dual-writes the deprecated Keyboard.to for old consumers
    static CoreMessage v03() {
        return CoreMessage.newBuilder().setKeyboardAttachment(KeyboardAttachment.newBuilder()
                .addKeyboards(Keyboard.newBuilder()
                        .setTo(jid("alice_b2x"))
                        .setToV2(bare("alice_b2x"))
                        .setHidden(false)
                        .setSuggestedResponseKeyboard(SuggestedResponseKeyboard.newBuilder()
                                .addResponses(SuggestedResponseItem.newBuilder()
                                        .setMetadata("invite")
                                        .setFriendPickerResponse(FriendPickerSuggestedResponse.newBuilder()
                                                .setBody("Pick friends")
                                                .setMin(1)
                                                .setMax(3)
                                                .addPreselected(jid("bob.smith"))
                                                .addPreselected(jid("carol_9kq")))))))
                .build();
    }

    static CoreMessage v04() {
        return CoreMessage.newBuilder().setWidgetAttachment(WidgetAttachment.newBuilder()
                .addWidgets(Widget.newBuilder()
                        .setTo(jid("alice_b2x"))
                        .setTextWidget(TextWidget.newBuilder()
                                .setBody("Order #42 is on its way")
                                .setTitle("Delivery")
                                .setKeyboard(Keyboard.newBuilder()
                                        .setSuggestedResponseKeyboard(SuggestedResponseKeyboard.newBuilder()
                                                .addResponses(text("Track"))
                                                .addResponses(text("Cancel")))))))
                .build();
    }

    static CoreMessage v05() {
        return CoreMessage.newBuilder()
                .setAdaptiveCardAttachment(AdaptiveCardAttachment.newBuilder().setCardId("card-7f3a"))
                .build();
    }

    static CoreMessage v06() {
        return CoreMessage.newBuilder()
                .setAdaptiveCardAttachment(AdaptiveCardAttachment.newBuilder().setCardDefinition(
                        "{\"type\":\"AdaptiveCard\",\"version\":\"1.0\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"Hello\"}]}"))
                .build();
    }

    static CoreMessage v07() {
        CarouselItem first = CarouselItem.newBuilder().setContent(CarouselItemContent.newBuilder()
                .setKeyboardAttachment(KeyboardAttachment.newBuilder().addKeyboards(Keyboard.newBuilder()
                        .setSuggestedResponseKeyboard(SuggestedResponseKeyboard.newBuilder()
                                .addResponses(text("More like this")))))
                .setLinkMessageAttachment(LinkMessageAttachment.newBuilder()
                        .addUris(UriElement.newBuilder().setUri("https://example.com/a"))
                        .setTitle("Article A")
                        .setText("Summary A")
                        .setPicture(PictureElement.newBuilder().setUrl("https://example.com/a.jpg"))
                        .setAttribution(AttributionAttachment.newBuilder()
                                .setName("Example News")
                                .setIcon(PictureElement.newBuilder().setUrl("https://example.com/icon.png")))
                        .setContentLayout(ContentLayoutElement.newBuilder().setType(ContentLayoutType.ARTICLE))
                        .setAllowForward(true)))
                .build();
        CarouselItem second = CarouselItem.newBuilder().setContent(CarouselItemContent.newBuilder()
                .setLinkMessageAttachment(LinkMessageAttachment.newBuilder()
                        .addUris(UriElement.newBuilder().setUri("https://apps.example.com/ios/b")
                                .setPlatform(UriElement.Platform.IOS).setPriority(1))
                        .addUris(UriElement.newBuilder().setUri("https://apps.example.com/android/b")
                                .setPlatform(UriElement.Platform.ANDROID).setPriority(2))
                        .addUris(UriElement.newBuilder().setUri("https://example.com/b")
                                .setPlatform(UriElement.Platform.WEB).setPriority(10))
                        .setTitle("Video B")
                        .setContentLayout(ContentLayoutElement.newBuilder().setType(ContentLayoutType.VIDEO))))
                .build();
        return CoreMessage.newBuilder().setCarouselMessageAttachment(CarouselMessageAttachment.newBuilder()
                .addItems(first).addItems(second)).build();
    }

    static CoreMessage s1() {
        return CoreMessage.newBuilder().setKeyboardReplyAttachment(KeyboardReplyAttachment.newBuilder()
                .setSuggestedReply(SuggestedReply.newBuilder()
                        .setMetadata("{\"choice\":\"yes\"}")
                        .setTextReply(TextSuggestedReply.getDefaultInstance())))
                .build();
    }
}

package dev.kikbot.api.message;

import static dev.kikbot.api.Wire.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Incoming webhook messages parse into typed messages (kik-python's test_messages_incoming.py and kik-node's
 * message parsing cases, spec §10.1 and §10.2), and write back as they came.
 */
class IncomingMessageJsonTest {

    private static final String CHAT = "c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2";
    private static final String ID = "8e7fc0ad-36aa-43dd-8c5f-e72f5f2ed7e0";

    private static <M extends Message> M read(String golden, Class<M> type) {
        Message message = Messages.messageFromJson(file("incoming/" + golden));
        assertThat(message).isInstanceOf(type);
        assertThat(message.from()).contains(golden.startsWith("text-in-public") ? "laura" : "aleem");
        assertThat(message.chatId()).contains(CHAT);
        assertThat(message.id()).contains(ID);
        assertThat(message.mention()).isEmpty().as("no mention");
        return type.cast(message);
    }

    @Test
    void textMessage() {
        TextMessage text = read("text.json", TextMessage.class);
        assertThat(text.body()).contains("Some text");
        assertThat(text.participants()).containsExactly("aleem");
        assertThat(text.timestamp()).hasValue(1458336131L);
        assertThat(text.readReceiptRequested()).isTrue();
        assertThat(text.chatType()).contains(ChatType.DIRECT);
        assertThat(text.metadata()).isEmpty();
    }

    @Test
    void linkMessage() {
        LinkMessage link = read("link.json", LinkMessage.class);
        assertThat(link.url()).contains("http://foo.bar");
        assertThat(link.title()).contains("A Title");
        assertThat(link.text()).contains("Some text");
        assertThat(link.noForward()).isTrue();
        assertThat(link.kikJsData()).contains(JsonValue.of("somedata"));
        assertThat(link.attribution()).contains(CustomAttribution.of("Webpage", "http://foo.bar/icon"));
    }

    @Test
    void pictureMessageWithMetadata() {
        PictureMessage picture = read("picture.json", PictureMessage.class);
        assertThat(picture.picUrl()).contains("http://foo.bar/image");
        assertThat(picture.attribution()).contains(CustomAttribution.of("Webpage", "http://foo.bar/icon"));
        assertThat(picture.metadata()).contains(JsonValue.of(Map.of("product", 1298373)));
        assertThat(picture.metadata().orElseThrow().toMap()).containsEntry("product", 1298373);
    }

    @Test
    void videoMessage() {
        VideoMessage video = read("video.json", VideoMessage.class);
        assertThat(video.videoUrl()).contains("http://foo.bar/vid");
        assertThat(video.muted()).isFalse();
        assertThat(video.autoplay()).isTrue();
        assertThat(video.loop()).isFalse();
        assertThat(video.attribution()).contains(CustomAttribution.of("Webpage", "http://foo.bar/icon"));
    }

    @Test
    void startChattingHasOnlyCommonFields() {
        StartChattingMessage start = read("start-chatting.json", StartChattingMessage.class);
        assertThat(start.readReceiptRequested()).isFalse();
        assertThat(start.unknownFields()).isEmpty();
    }

    @Test
    void stickerMessage() {
        StickerMessage sticker = read("sticker.json", StickerMessage.class);
        assertThat(sticker.stickerPackId()).contains("memes");
        assertThat(sticker.stickerUrl()).contains("http://cards-sticker-dev.herokuapp.com/stickers/memes/okay.png");
        assertThat(sticker.timestamp()).hasValue(1458336131L);
    }

    @Test
    void scanDataMessage() {
        assertThat(read("scan-data.json", ScanDataMessage.class).data()).contains("foobar");
    }

    @Test
    void isTypingMessage() {
        assertThat(read("is-typing.json", IsTypingMessage.class).isTyping()).isTrue();
    }

    @Test
    void readReceiptHasMessageIdsAndNoChatType() {
        ReadReceiptMessage receipt = read("read-receipt.json", ReadReceiptMessage.class);
        assertThat(receipt.messageIds()).containsExactly("ff3ea373-576c-45d4-bdcd-9956a156301d");
        assertThat(receipt.chatType()).isEmpty();
    }

    @Test
    void deliveryReceiptHasMessageIdsAndNoChatType() {
        DeliveryReceiptMessage receipt = read("delivery-receipt.json", DeliveryReceiptMessage.class);
        assertThat(receipt.messageIds()).containsExactly("ff3ea373-576c-45d4-bdcd-9956a156301d");
        assertThat(receipt.chatType()).isEmpty();
    }

    @Test
    void friendPickerMessage() {
        FriendPickerMessage picker = read("friend-picker.json", FriendPickerMessage.class);
        assertThat(picker.picked()).containsExactly("foo", "bar");
        assertThat(picker.chatType()).contains(ChatType.DIRECT);
    }

    @Test
    void suggestedKeyboardOnAnIncomingMessageParsesIntoTypedResponses() {
        TextMessage text = read("text-with-keyboards.json", TextMessage.class);
        assertThat(text.chatType()).contains(ChatType.PRIVATE);
        assertThat(text.keyboards()).containsExactly(SuggestedResponseKeyboard.builder()
                .to("aleem").hidden(false)
                .addResponse(PictureResponse.of("http://foo.bar", JsonValue.of(Map.of("some", "data"))))
                .addResponse(TextResponse.of("Ok!"))
                .addResponse(TextResponse.builder().body("Go away").metadata(JsonValue.of("a string")).build())
                .addResponse(FriendPickerResponse.builder().body("Pick").min(1).max(5).preselected("foo").build())
                .build());
        FriendPickerResponse picker = (FriendPickerResponse)
                ((SuggestedResponseKeyboard) text.keyboards().get(0)).responses().get(3);
        assertThat(picker.min()).hasValue(1);
        assertThat(picker.max()).hasValue(5);
    }

    @Test
    void mentionAndPublicChatType() {
        TextMessage text = (TextMessage) Messages.messageFromJson(file("incoming/text-in-public-group-with-mention.json"));
        assertThat(text.mention()).contains("yourbot");
        assertThat(text.chatType()).contains(ChatType.PUBLIC);
        assertThat(text.chatType().orElseThrow().isGroup()).isTrue();
        assertThat(text.participants()).containsExactly("laura", "aleem", "yourbot");
        assertThat(text.timestamp()).hasValue(1439576628405L);
    }

    @Test
    void theDocumentationsWebhookExampleParsesAndItsNullsMeanAbsent() {
        List<Message> messages = Messages.fromJson(file("webhook-doc-example.json"));
        assertThat(messages).hasSize(2);
        TextMessage text = (TextMessage) messages.get(0);
        assertThat(text.body()).contains("omg r u real?");
        assertThat(text.from()).contains("laura");
        assertThat(text.mention()).isEmpty();
        assertThat(text.metadata()).isEmpty();
        assertThat(text.readReceiptRequested()).isTrue();
        PictureMessage picture = (PictureMessage) messages.get(1);
        assertThat(picture.metadata()).contains(JsonValue.parse("{\"product\":1298373}"));
        assertThat(picture.picUrl()).contains("http://example.kik.com/apicture.jpg");
        assertThat(Messages.toJson(messages)).doesNotContain("null");
    }

    @TestFactory
    Stream<DynamicTest> everyIncomingGoldenFileWritesBackUnchanged() {
        return Stream.of("text.json", "link.json", "picture.json", "video.json", "start-chatting.json",
                        "sticker.json", "scan-data.json", "is-typing.json", "read-receipt.json",
                        "delivery-receipt.json", "friend-picker.json", "text-with-keyboards.json",
                        "text-in-public-group-with-mention.json")
                .map(name -> DynamicTest.dynamicTest(name,
                        () -> RoundTrip.assertWritesBackUnchanged(file("incoming/" + name))));
    }

    @Test
    void delayParsesAsMilliseconds() {
        TextMessage text = (TextMessage) Messages.messageFromJson(
                "{\"type\":\"text\",\"body\":\"x\",\"delay\":1500,\"typeTime\":12}");
        assertThat(text.delay()).contains(Duration.ofMillis(1500));
        assertThat(text.typeTime()).contains(Duration.ofMillis(12));
    }
}

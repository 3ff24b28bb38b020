package dev.kikbot.api.message;

import static dev.kikbot.api.Wire.assertSameJson;
import static dev.kikbot.api.Wire.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outgoing messages write exactly the JSON of kik-python's test_messages.py (spec §3.4, §10.1). */
class OutgoingMessageJsonTest {

    private static final String CHAT = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String ID = "8e7fc0ad-36aa-43dd-8c5f-e72f5f2ed7e0";

    private static SuggestedResponseKeyboard hiddenFoo() {
        return SuggestedResponseKeyboard.builder().hidden(true).addResponse(TextResponse.of("Foo")).build();
    }

    private static void assertWire(Message message, String golden) {
        assertSameJson(Messages.toJson(message), file("outgoing/" + golden));
    }

    @Test
    void textMessage() {
        assertWire(TextMessage.builder().body("Some text").to("aleem").build(), "text.json");
    }

    @Test
    void textMessageWithId() {
        assertWire(TextMessage.builder().body("Some text").to("aleem").id(ID).build(), "text-id.json");
    }

    @Test
    void textMessageWithKeyboardTextResponseHasNoToWhenNoneIsSet() {
        assertWire(TextMessage.builder().body("Some text").to("aleem").id(ID).addKeyboard(hiddenFoo()).build(),
                "text-keyboard-text-response.json");
    }

    @Test
    void textMessageWithKeyboardFriendPickerResponse() {
        FriendPickerResponse picker = FriendPickerResponse.builder().body("Foo").min(7).max(16)
                .preselected("bar", "dar").build();
        assertWire(TextMessage.builder().body("Some text").to("aleem")
                .addKeyboard(SuggestedResponseKeyboard.builder().hidden(true).addResponse(picker).build()).build(),
                "text-keyboard-friend-picker.json");
    }

    @Test
    void friendPickerResponseWithoutParametersIsTypeOnly() {
        assertWire(TextMessage.builder().body("Some text").to("aleem")
                .addKeyboard(SuggestedResponseKeyboard.builder().hidden(true)
                        .addResponse(FriendPickerResponse.builder().build()).build()).build(),
                "text-keyboard-friend-picker-no-params.json");
    }

    @Test
    void friendPickerResponseWithSomeParametersWritesOnlyThose() {
        assertWire(TextMessage.builder().body("Some text").to("aleem")
                .addKeyboard(SuggestedResponseKeyboard.builder().hidden(true)
                        .addResponse(FriendPickerResponse.builder().body("Foo").build()).build()).build(),
                "text-keyboard-friend-picker-some-params.json");
    }

    @Test
    void pictureResponsesWithObjectAndStringMetadata() {
        assertWire(TextMessage.builder().body("Some text").to("aleem")
                .addKeyboard(SuggestedResponseKeyboard.builder().hidden(true)
                        .addResponse(PictureResponse.of("http://foo.bar", JsonValue.of(Map.of("some", "data"))))
                        .addResponse(PictureResponse.of("http://foo.bar", JsonValue.of("some data")))
                        .build()).build(),
                "text-keyboard-picture-response.json");
    }

    @Test
    void allKeyboardTypesKeepTheirOrder() {
        assertWire(TextMessage.builder().body("Some text").to("aleem")
                .addKeyboard(SuggestedResponseKeyboard.builder().hidden(true)
                        .addResponse(PictureResponse.of("http://foo.bar", JsonValue.of(Map.of("some", "data"))))
                        .addResponse(FriendPickerResponse.builder().body("Foo").min(7).max(16)
                                .preselected("bar", "dar").build())
                        .addResponse(TextResponse.of("Bar"))
                        .build()).build(),
                "text-keyboard-all-types.json");
    }

    @Test
    void textMessageWithDelayInMilliseconds() {
        assertWire(TextMessage.builder().body("Some text").to("aleem").delay(Duration.ofMillis(1500)).build(),
                "text-delay.json");
    }

    @Test
    void linkMessage() {
        assertWire(LinkMessage.builder().url("http://foo.bar").to("aleem").build(), "link.json");
    }

    @Test
    void linkMessageComplete() {
        assertWire(LinkMessage.builder()
                .url("http://foo.bar").to("aleem").mention("anotherbot").chatId(CHAT)
                .title("A Title").text("Some Text").picUrl("http://foo.bar/image").noForward(true)
                .kikJsData(JsonValue.of("foobar"))
                .addKeyboard(hiddenFoo())
                .attribution(CustomAttribution.builder().name("Foobar").build())
                .delay(Duration.ofMillis(100))
                .build(), "link-complete.json");
    }

    @Test
    void pictureMessage() {
        assertWire(PictureMessage.builder().picUrl("http://foo.bar/image").to("aleem").build(), "picture.json");
    }

    @Test
    void pictureMessageWithPresetAttributionWritesTheBareString() {
        assertWire(PictureMessage.builder().picUrl("http://foo.bar/image").attribution(PresetAttribution.CAMERA)
                .to("aleem").build(), "picture-preset-attribution.json");
    }

    @Test
    void pictureMessageComplete() {
        assertWire(completePicture("Foobar"), "picture-complete.json");
    }

    @Test
    void videoMessage() {
        assertWire(VideoMessage.builder().videoUrl("http://foo.bar/vid").to("aleem").build(), "video.json");
    }

    @Test
    void videoMessageWithPresetAttribution() {
        assertWire(VideoMessage.builder().videoUrl("http://foo.bar/vid").attribution(PresetAttribution.GALLERY)
                .to("aleem").build(), "video-preset-attribution.json");
    }

    @Test
    void videoMessageComplete() {
        assertWire(VideoMessage.builder()
                .videoUrl("http://foo.bar/vid").to("aleem").mention("anotherbot").chatId(CHAT)
                .autoplay(true).muted(true).loop(true).noSave(true)
                .addKeyboard(hiddenFoo())
                .attribution(CustomAttribution.builder().name("Foobar").build())
                .delay(Duration.ofMillis(100))
                .build(), "video-complete.json");
    }

    @Test
    void isTypingMessage() {
        assertWire(IsTypingMessage.builder().isTyping(true).to("aleem").build(), "is-typing.json");
    }

    @Test
    void readReceiptMessage() {
        assertWire(ReadReceiptMessage.builder().messageIds("ff3ea373-576c-45d4-bdcd-9956a156301d").to("aleem")
                .build(), "read-receipt.json");
    }

    @Test
    void identicalMessagesAreEqual() {
        assertThat(completePicture("Foobar")).isEqualTo(completePicture("Foobar"))
                .hasSameHashCodeAs(completePicture("Foobar"));
    }

    @Test
    void messagesDifferingInAttributionNameAreNotEqual() {
        assertThat(completePicture("Foobar Not The Same")).isNotEqualTo(completePicture("Foobar"));
    }

    @Test
    void envelopeOfTheSendRequest() {
        assertSameJson(Messages.toJson(List.of(TextMessage.builder().to("aleem").body("Sometext").build())),
                file("outgoing/send-messages-body.json"));
    }

    @Test
    void absentFieldsAreLeftOutNeverNull() {
        String json = Messages.toJson(TextMessage.builder().to("aleem").body("Hi").build());
        assertThat(json).isEqualTo("{\"type\":\"text\",\"to\":\"aleem\",\"body\":\"Hi\"}");
    }

    @Test
    void typeTimeIsWrittenInMilliseconds() {
        assertSameJson(Messages.toJson(TextMessage.builder().to("aleem").body("Hi").typeTime(Duration.ofSeconds(2))
                .build()), "{\"type\":\"text\",\"to\":\"aleem\",\"body\":\"Hi\",\"typeTime\":2000}");
    }

    @Test
    void printsReadably() {
        assertThat(TextMessage.builder().to("aleem").body("Hi").build())
                .hasToString("TextMessage{type=text, to=aleem, body=Hi}");
    }

    @Test
    void toBuilderCopiesEveryField() {
        PictureMessage picture = completePicture("Foobar");
        assertThat(picture.toBuilder().build()).isEqualTo(picture);
        assertThat(picture.toBuilder().to("laura").build().to()).contains("laura");
        assertThat(picture.to()).contains("aleem");
    }

    private static PictureMessage completePicture(String attributionName) {
        return PictureMessage.builder()
                .picUrl("http://foo.bar/image").to("aleem").mention("anotherbot").chatId(CHAT)
                .addKeyboard(hiddenFoo())
                .attribution(CustomAttribution.builder().name(attributionName).build())
                .delay(Duration.ofMillis(100))
                .build();
    }
}

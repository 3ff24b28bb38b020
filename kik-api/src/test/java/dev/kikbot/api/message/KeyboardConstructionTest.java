package dev.kikbot.api.message;

import static dev.kikbot.api.Wire.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keyboards, responses and the keyboard helpers, as kik-node's message construction, response keyboard and
 * response suites check them (spec §10.2).
 */
class KeyboardConstructionTest {

    private static String json(Keyboard keyboard) {
        return Messages.toJson(keyboard);
    }

    private static String json(SuggestedResponse response) {
        return Messages.toJson(SuggestedResponseKeyboard.of(response))
                .replaceFirst("^\\{\"type\":\"suggested\",\"responses\":\\[", "").replaceFirst("]}$", "");
    }

    private static String keyboardsOf(TextMessage message) {
        return Messages.toJson(message).replaceFirst("^.*\"keyboards\":", "").replaceFirst("}$", "");
    }

    @Test
    void basicTextMessage() {
        assertSameJson(Messages.toJson(TextMessage.builder().body("body").build()),
                "{\"type\":\"text\",\"body\":\"body\"}");
    }

    @Test
    void chainedTextResponsesGoToOneVisibleKeyboard() {
        TextMessage message = TextMessage.builder().body("body")
                .addTextResponses("A").addTextResponses("B").addTextResponses("C").build();
        assertSameJson(keyboardsOf(message), "[{\"type\":\"suggested\",\"hidden\":false,\"responses\":["
                + "{\"type\":\"text\",\"body\":\"A\"},{\"type\":\"text\",\"body\":\"B\"},{\"type\":\"text\",\"body\":\"C\"}]}]");
    }

    @Test
    void multiAddGivesTheSameKeyboardAsChaining() {
        assertThat(TextMessage.builder().body("body").addTextResponses("A", "B", "C").build())
                .isEqualTo(TextMessage.builder().body("body")
                        .addTextResponses("A").addTextResponses("B").addTextResponses("C").build());
    }

    @Test
    void textResponsesSkipAKeyboardMeantForOneUser() {
        TextMessage message = TextMessage.builder().body("b")
                .addResponseKeyboard(true, "sometestguy", TextResponse.of("X"))
                .addTextResponses("A").build();
        assertThat(message.keyboards()).hasSize(2);
        assertThat(message.keyboards().get(1).to()).isEmpty();
    }

    @Test
    void responseKeyboardForAUserIsHiddenAsAsked() {
        TextMessage message = TextMessage.builder().body("body")
                .addResponseKeyboard(true, "sometestguy", TextResponse.of("A"), TextResponse.of("B")).build();
        assertSameJson(keyboardsOf(message), "[{\"type\":\"suggested\",\"to\":\"sometestguy\",\"hidden\":true,"
                + "\"responses\":[{\"type\":\"text\",\"body\":\"A\"},{\"type\":\"text\",\"body\":\"B\"}]}]");
    }

    @Test
    void responseKeyboardWithoutUserHasNoTo() {
        TextMessage message = TextMessage.builder().body("body")
                .addResponseKeyboard(List.of(TextResponse.of("A")), false, null).build();
        assertSameJson(keyboardsOf(message),
                "[{\"type\":\"suggested\",\"hidden\":false,\"responses\":[{\"type\":\"text\",\"body\":\"A\"}]}]");
    }

    @Test
    void responsesForTheSameUserAndHiddenAreMerged() {
        TextMessage message = TextMessage.builder().body("body")
                .addResponseKeyboard(true, "sometestguy", TextResponse.of("A"))
                .addResponseKeyboard(true, "sometestguy", TextResponse.of("B")).build();
        assertSameJson(keyboardsOf(message), "[{\"type\":\"suggested\",\"to\":\"sometestguy\",\"hidden\":true,"
                + "\"responses\":[{\"type\":\"text\",\"body\":\"A\"},{\"type\":\"text\",\"body\":\"B\"}]}]");
    }

    @Test
    void responsesForDifferentUsersGetSeparateKeyboardsInOrder() {
        TextMessage message = TextMessage.builder().body("body")
                .addResponseKeyboard(true, "sometestguy", TextResponse.of("A"))
                .addResponseKeyboard(true, "someotherguy", TextResponse.of("B"))
                .addResponseKeyboard(true, "sometestguy", TextResponse.of("C")).build();
        assertSameJson(keyboardsOf(message), "[{\"type\":\"suggested\",\"to\":\"sometestguy\",\"hidden\":true,"
                + "\"responses\":[{\"type\":\"text\",\"body\":\"A\"},{\"type\":\"text\",\"body\":\"C\"}]},"
                + "{\"type\":\"suggested\",\"to\":\"someotherguy\",\"hidden\":true,"
                + "\"responses\":[{\"type\":\"text\",\"body\":\"B\"}]}]");
    }

    @Test
    void friendPickerAndTextInOneKeyboard() {
        TextMessage message = TextMessage.builder().body("body")
                .addResponseKeyboard(false, null,
                        FriendPickerResponse.builder().body("friends").min(1).max(3).preselected("a1", "b2").build(),
                        TextResponse.of("no thanks"))
                .build();
        assertSameJson(keyboardsOf(message), "[{\"type\":\"suggested\",\"hidden\":false,\"responses\":["
                + "{\"type\":\"friend-picker\",\"body\":\"friends\",\"min\":1,\"max\":3,\"preselected\":[\"a1\",\"b2\"]},"
                + "{\"type\":\"text\",\"body\":\"no thanks\"}]}]");
    }

    @Test
    void mentionOfAnotherBot() {
        assertSameJson(Messages.toJson(TextMessage.builder().body("body").mention("someotherbot").build()),
                "{\"type\":\"text\",\"body\":\"body\",\"mention\":\"someotherbot\"}");
    }

    @Test
    void everythingOnAPicture() {
        PictureMessage picture = PictureMessage.builder().picUrl("http://i.imgur.com/abc.png")
                .attribution(CustomAttribution.of("Imgur", "http://s.imgur.com/images/favicon-96x96.png"))
                .delay(java.time.Duration.ZERO).build();
        assertSameJson(Messages.toJson(picture), "{\"type\":\"picture\",\"picUrl\":\"http://i.imgur.com/abc.png\","
                + "\"attribution\":{\"name\":\"Imgur\",\"iconUrl\":\"http://s.imgur.com/images/favicon-96x96.png\"},"
                + "\"delay\":0}");
        CustomAttribution attribution = (CustomAttribution) picture.attribution().orElseThrow();
        assertThat(attribution.name()).contains("Imgur");
        assertThat(attribution.iconUrl()).contains("http://s.imgur.com/images/favicon-96x96.png");
    }

    @Test
    void attributionWithOnlyANameWritesOnlyTheName() {
        // kik-node wrote the string "undefined" for the missing half; only what is set is written here.
        assertSameJson(Messages.toJson(LinkMessage.builder().url("http://a.b")
                        .attribution(CustomAttribution.builder().name("A Name").build()).build()),
                "{\"type\":\"link\",\"url\":\"http://a.b\",\"attribution\":{\"name\":\"A Name\"}}");
    }

    @Test
    void everythingOnALinkWithObjectKikJsData() {
        LinkMessage link = LinkMessage.builder().url("http://foo.bar").picUrl("http://foo.bar/pic")
                .title("Title").text("Text").kikJsData(JsonValue.of(Map.of("abc", 123)))
                .attribution(CustomAttribution.of("Name", "http://foo.bar/icon")).build();
        assertSameJson(Messages.toJson(link), "{\"type\":\"link\",\"url\":\"http://foo.bar\","
                + "\"picUrl\":\"http://foo.bar/pic\",\"title\":\"Title\",\"text\":\"Text\",\"kikJsData\":{\"abc\":123},"
                + "\"attribution\":{\"name\":\"Name\",\"iconUrl\":\"http://foo.bar/icon\"}}");
    }

    // kik-node test-response-keyboard.js

    @Test
    void keyboardWithDefaultValues() {
        assertSameJson(json(SuggestedResponseKeyboard.builder().build()), "{\"type\":\"suggested\",\"responses\":[]}");
        assertSameJson(json(SuggestedResponseKeyboard.builder().hidden(false).build()),
                "{\"type\":\"suggested\",\"responses\":[],\"hidden\":false}");
    }

    @Test
    void keyboardHiddenAndForAUser() {
        assertSameJson(json(SuggestedResponseKeyboard.builder().hidden(true).to("sometestguy").build()),
                "{\"type\":\"suggested\",\"to\":\"sometestguy\",\"hidden\":true,\"responses\":[]}");
    }

    @Test
    void keyboardFromStringsAndResponsesAddedLater() {
        SuggestedResponseKeyboard keyboard = SuggestedResponseKeyboard.builder().addTextResponses("A", "B")
                .addResponse(FriendPickerResponse.builder().body("pick").build()).build();
        assertSameJson(json(keyboard), "{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"A\"},"
                + "{\"type\":\"text\",\"body\":\"B\"},{\"type\":\"friend-picker\",\"body\":\"pick\"}]}");
        assertThat(keyboard.toBuilder().addTextResponses("C").build().responses()).hasSize(4);
        assertThat(keyboard.responses()).hasSize(3);
    }

    // kik-node test-response.js

    @Test
    void textResponse() {
        assertSameJson(json(TextResponse.of("Hello")), "{\"type\":\"text\",\"body\":\"Hello\"}");
        assertSameJson(json(TextResponse.of(String.valueOf(123))), "{\"type\":\"text\",\"body\":\"123\"}");
    }

    @Test
    void friendPickerResponses() {
        assertSameJson(json(FriendPickerResponse.builder().build()), "{\"type\":\"friend-picker\"}");
        assertSameJson(json(FriendPickerResponse.builder().body("Pick").build()),
                "{\"type\":\"friend-picker\",\"body\":\"Pick\"}");
        assertSameJson(json(FriendPickerResponse.builder().body("Pick").min(1).build()),
                "{\"type\":\"friend-picker\",\"body\":\"Pick\",\"min\":1}");
        assertSameJson(json(FriendPickerResponse.builder().body("Pick").min(1).max(4).build()),
                "{\"type\":\"friend-picker\",\"body\":\"Pick\",\"min\":1,\"max\":4}");
        assertSameJson(json(FriendPickerResponse.builder().body("Pick").min(1).max(4).preselected("foo", "bar").build()),
                "{\"type\":\"friend-picker\",\"body\":\"Pick\",\"min\":1,\"max\":4,\"preselected\":[\"foo\",\"bar\"]}");
        assertSameJson(json(FriendPickerResponse.builder().preselected("foo").build()),
                "{\"type\":\"friend-picker\",\"preselected\":[\"foo\"]}");
    }

    @Test
    void pictureResponseWithMetadata() {
        assertSameJson(json(PictureResponse.of("http://foo.bar/pic", JsonValue.of(Map.of("a", "b")))),
                "{\"type\":\"picture\",\"picUrl\":\"http://foo.bar/pic\",\"metadata\":{\"a\":\"b\"}}");
    }

    @Test
    void metadataOnAnyResponseMayBeAnyJsonValue() {
        assertSameJson(json(TextResponse.builder().body("A").metadata(JsonValue.of(42)).build()),
                "{\"type\":\"text\",\"body\":\"A\",\"metadata\":42}");
        assertSameJson(json(TextResponse.builder().body("A").metadata(JsonValue.of("id-1")).build()),
                "{\"type\":\"text\",\"body\":\"A\",\"metadata\":\"id-1\"}");
        assertSameJson(json(TextResponse.builder().body("A").metadata(JsonValue.parse("{\"k\":[1,2]}")).build()),
                "{\"type\":\"text\",\"body\":\"A\",\"metadata\":{\"k\":[1,2]}}");
    }

    @Test
    void valuesAreImmutable() {
        List<String> picked = new java.util.ArrayList<>(List.of("a1"));
        FriendPickerResponse response = FriendPickerResponse.builder().preselected(picked).build();
        picked.add("b2");
        assertThat(response.preselected()).containsExactly("a1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> response.preselected().add("c3"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

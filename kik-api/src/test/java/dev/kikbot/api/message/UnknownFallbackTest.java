package dev.kikbot.api.message;

import static dev.kikbot.api.Wire.file;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Types and fields this library does not know survive a parse and a write unchanged, in every family. */
class UnknownFallbackTest {

    @ParameterizedTest
    @ValueSource(strings = {"message.json", "keyboard.json", "response.json", "fields.json"})
    void unknownTypesAndFieldsWriteBackUnchanged(String golden) {
        RoundTrip.assertWritesBackUnchanged(file("unknown/" + golden));
    }

    @Test
    void unknownMessageKeepsItsTypeAndRawJsonNullsIncluded() {
        String json = file("unknown/message.json");
        UnknownMessage message = (UnknownMessage) Messages.messageFromJson(json);
        assertThat(message.type()).isEqualTo("some-unknown-type");
        assertThat(message.from()).contains("aleem");
        assertThat(message.participants()).containsExactly("aleem");
        assertThat(message.mention()).isEmpty();
        assertThat(message.timestamp()).hasValue(1458336131L);
        assertThat(message.readReceiptRequested()).isFalse();
        assertThat(message.raw()).isEqualTo(JsonValue.parse(json));
        assertThat(message.unknownFields()).containsKeys("anUnknownProperty", "mention");
    }

    @Test
    void unknownKeyboardKeepsItsTypeToHiddenAndRaw() {
        TextMessage text = (TextMessage) Messages.messageFromJson(file("unknown/keyboard.json"));
        UnknownKeyboard keyboard = (UnknownKeyboard) text.keyboards().get(0);
        assertThat(keyboard.type()).isEqualTo("some-unknown-keyboard");
        assertThat(keyboard.to()).contains("aleem");
        assertThat(keyboard.hidden()).isFalse();
        assertThat(keyboard.raw()).isEqualTo(JsonValue.parse(Messages.toJson(keyboard)));
        assertThat(keyboard.unknownFields()).containsKeys("someProperty", "nothing");
        assertThat(UnknownKeyboard.of(keyboard.raw())).isEqualTo(keyboard);
    }

    @Test
    void unknownResponseKeepsItsTypeAndMetadata() {
        TextMessage text = (TextMessage) Messages.messageFromJson(file("unknown/response.json"));
        SuggestedResponseKeyboard keyboard = (SuggestedResponseKeyboard) text.keyboards().get(0);
        UnknownResponse payment = (UnknownResponse) keyboard.responses().get(0);
        assertThat(payment.type()).isEqualTo("payment");
        assertThat(payment.metadata()).contains(JsonValue.parse("{\"order\":7}"));
        assertThat(payment.unknownFields()).containsKeys("amount", "currency");
        assertThat(keyboard.responses().get(1).unknownFields()).containsKey("laterField");
    }

    @Test
    void numbersKeepTheExactTextTheyCameWith() {
        String json = "{\"type\":\"text\",\"body\":\"x\",\"metadata\":{\"price\":1.10,\"big\":123456789012345678901234567890}}";
        assertThat(Messages.toJson(Messages.messageFromJson(json))).isEqualTo(json);
    }

    @Test
    void copiesAndReusedBuildersKeepUnknownFieldsApart() {
        JsonValue one = JsonValue.of(1);
        JsonValue two = JsonValue.of(2);
        TextMessage.Builder builder = TextMessage.builder().unknownField("a", one);
        TextMessage first = builder.build();
        TextMessage second = builder.unknownField("b", two).build();
        TextMessage copy = first.toBuilder().unknownField("c", two).build();
        assertThat(first.unknownFields()).containsOnlyKeys("a");
        assertThat(second.unknownFields()).containsOnlyKeys("a", "b");
        assertThat(copy.unknownFields()).containsOnlyKeys("a", "c");

        TextResponse response = TextResponse.builder().unknownField("a", one).build();
        assertThat(response.toBuilder().unknownField("b", two).build().unknownFields()).containsOnlyKeys("a", "b");
        assertThat(response.unknownFields()).containsOnlyKeys("a");
        SuggestedResponseKeyboard keyboard = SuggestedResponseKeyboard.builder().unknownField("a", one).build();
        assertThat(keyboard.toBuilder().unknownField("b", two).build().unknownFields()).containsOnlyKeys("a", "b");
        assertThat(keyboard.unknownFields()).containsOnlyKeys("a");
        CustomAttribution.Builder attribution = CustomAttribution.builder().unknownField("a", one);
        CustomAttribution built = attribution.build();
        attribution.unknownField("b", two);
        assertThat(built.unknownFields()).containsOnlyKeys("a");
    }

    @Test
    void anUnknownFieldNamedLikeAPresentKnownFieldIsNotWrittenTwice() {
        TextMessage text = TextMessage.builder().body("real").unknownField("body", JsonValue.of("shadow")).build();
        assertThat(Messages.toJson(text)).isEqualTo("{\"type\":\"text\",\"body\":\"real\"}");
    }
}

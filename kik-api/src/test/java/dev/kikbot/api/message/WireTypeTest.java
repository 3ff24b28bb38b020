package dev.kikbot.api.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each object's wire type is set once, by its builder, and survives copies. */
class WireTypeTest {

    @Test
    void everyKnownTypeReportsItsWireType() {
        assertThat(List.of(TextMessage.builder().build(), LinkMessage.builder().build(),
                PictureMessage.builder().build(), VideoMessage.builder().build(),
                StartChattingMessage.builder().build(), ScanDataMessage.builder().build(),
                StickerMessage.builder().build(), IsTypingMessage.builder().build(),
                ReadReceiptMessage.builder().build(), DeliveryReceiptMessage.builder().build(),
                FriendPickerMessage.builder().build()))
                .extracting(Message::type)
                .containsExactly(TextMessage.TYPE, LinkMessage.TYPE, PictureMessage.TYPE, VideoMessage.TYPE,
                        StartChattingMessage.TYPE, ScanDataMessage.TYPE, StickerMessage.TYPE, IsTypingMessage.TYPE,
                        ReadReceiptMessage.TYPE, DeliveryReceiptMessage.TYPE, FriendPickerMessage.TYPE);
        assertThat(List.of(TextResponse.of("a"), PictureResponse.builder().build(), FriendPickerResponse.builder().build()))
                .extracting(SuggestedResponse::type)
                .containsExactly(TextResponse.TYPE, PictureResponse.TYPE, FriendPickerResponse.TYPE);
        assertThat(SuggestedResponseKeyboard.of().type()).isEqualTo(SuggestedResponseKeyboard.TYPE);
        assertThat(TextMessage.builder().body("hi").build().toBuilder().build().type()).isEqualTo(TextMessage.TYPE);
    }

    @Test
    void anUnknownTypeSurvivesACopyAndTakesPartInEquality() {
        UnknownMessage message = UnknownMessage.builder("poll").from("aleem").build();
        assertThat(message.toBuilder().build()).isEqualTo(message).extracting(Message::type).isEqualTo("poll");
        assertThat(UnknownMessage.builder("vote").from("aleem").build()).isNotEqualTo(message);
        UnknownResponse response = UnknownResponse.builder("payment").build();
        assertThat(response.toBuilder().build().type()).isEqualTo("payment");
        assertThat(response.raw().toJson()).isEqualTo("{\"type\":\"payment\"}");
    }

    @Test
    void anUnknownTypeIsRequired() {
        assertThatThrownBy(() -> UnknownMessage.builder(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("type");
        assertThatThrownBy(() -> UnknownResponse.builder(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("type");
    }
}

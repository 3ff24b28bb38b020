package dev.kikbot.api.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.KikValidationException;
import dev.kikbot.api.Violation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What may be sent, checked before any request; each violation names the message index, field and rule. */
class OutgoingRulesTest {

    private static List<Violation> check(Message... messages) {
        return OutgoingRules.check(List.of(messages));
    }

    @Test
    void wellFormedMessagesPass() {
        assertThat(check(
                TextMessage.builder().to("aleem").body("hi").build(),
                LinkMessage.builder().to("aleem").url("http://a.b").attribution(CustomAttribution.of("n", "i")).build(),
                PictureMessage.builder().to("aleem").picUrl("http://a.b/p").attribution(PresetAttribution.CAMERA).build(),
                VideoMessage.builder().to("aleem").videoUrl("http://a.b/v").attribution(PresetAttribution.GALLERY).build(),
                IsTypingMessage.builder().to("aleem").isTyping(false).build(),
                ReadReceiptMessage.builder().to("aleem").messageIds("x").build(),
                UnknownMessage.builder("future-type").to("aleem").build())).isEmpty();
    }

    @Test
    void everyOutgoingMessageNeedsTo() {
        assertThat(check(TextMessage.builder().body("hi").build()))
                .containsExactly(new Violation(0, "to", "is required"));
    }

    @Test
    void eachTypeNeedsItsPrimaryField() {
        assertThat(check(
                TextMessage.builder().to("aleem").build(),
                LinkMessage.builder().to("aleem").build(),
                PictureMessage.builder().to("aleem").build(),
                VideoMessage.builder().to("aleem").build(),
                IsTypingMessage.builder().to("aleem").build(),
                ReadReceiptMessage.builder().to("aleem").build())).containsExactly(
                new Violation(0, "body", "is required"),
                new Violation(1, "url", "is required"),
                new Violation(2, "picUrl", "is required"),
                new Violation(3, "videoUrl", "is required"),
                new Violation(4, "isTyping", "is required"),
                new Violation(5, "messageIds", "is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc-123", "r", "invalid here", "thirty-three-characters-is-too-long"})
    void invalidUsernamesAreRejected(String username) {
        assertThat(check(TextMessage.builder().to(username).body("hi").build()))
                .containsExactly(new Violation(0, "to",
                        "'" + username + "' is not a valid username (^[A-Za-z0-9_.]{2,32}$)"));
    }

    @Test
    void presetAttributionIsOnlyForPictureAndVideo() {
        assertThat(check(LinkMessage.builder().to("aleem").url("http://a.b").attribution(PresetAttribution.CAMERA)
                .build())).containsExactly(
                new Violation(0, "attribution", "preset 'camera' is only valid on picture and video"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"start-chatting", "scan-data", "sticker", "friend-picker", "delivery-receipt"})
    void incomingOnlyTypesCannotBeSent(String type) {
        Message incoming = Messages.messageFromJson("{\"type\":\"" + type + "\",\"to\":\"aleem\"}");
        assertThat(check(incoming)).containsExactly(
                new Violation(0, "type", "'" + type + "' is an incoming-only type and cannot be sent"));
    }

    @Test
    void keyboardsAndMentionsAreChecked() {
        TextMessage message = TextMessage.builder().to("aleem").body("hi").mention("x")
                .delay(Duration.ofMillis(-1))
                .addKeyboard(SuggestedResponseKeyboard.builder().to("r")
                        .addResponse(TextResponse.builder().build())
                        .addResponse(PictureResponse.builder().build())
                        .addResponse(FriendPickerResponse.builder().min(3).max(1).preselected("ok_name", "b!").build())
                        .build())
                .build();
        assertThat(check(message)).extracting(Violation::toString).containsExactly(
                "messages[0].mention: 'x' is not a valid username (^[A-Za-z0-9_.]{2,32}$)",
                "messages[0].delay: must not be negative",
                "messages[0].keyboards[0].to: 'r' is not a valid username (^[A-Za-z0-9_.]{2,32}$)",
                "messages[0].keyboards[0].responses[0].body: is required",
                "messages[0].keyboards[0].responses[1].picUrl: is required",
                "messages[0].keyboards[0].responses[2].min: must not be greater than max",
                "messages[0].keyboards[0].responses[2].preselected[1]: 'b!' is not a valid username (^[A-Za-z0-9_.]{2,32}$)");
    }

    @Test
    void validateThrowsNamingEveryViolation() {
        assertThatThrownBy(() -> OutgoingRules.validate(List.of(
                TextMessage.builder().to("aleem").body("ok").build(),
                TextMessage.builder().body("no recipient").build(),
                PictureMessage.builder().to("aleem").build())))
                .isInstanceOfSatisfying(KikValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation(1, "to", "is required"), new Violation(2, "picUrl", "is required")))
                .hasMessage("Invalid: messages[1].to: is required; messages[2].picUrl: is required");
    }
}

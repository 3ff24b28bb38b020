package dev.kikbot.api.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ChatType} and {@link PresetAttribution}: documented constants, undocumented values kept. */
class OpenValueTest {

    @Test
    void aDocumentedValueGivesTheConstant() {
        assertThat(ChatType.of("private")).isSameAs(ChatType.PRIVATE);
        assertThat(PresetAttribution.of("camera")).isSameAs(PresetAttribution.CAMERA);
    }

    @Test
    void anUndocumentedValueIsKeptAndEqualByValue() {
        ChatType channel = ChatType.of("channel");
        assertThat(channel).isEqualTo(ChatType.of("channel")).hasSameHashCodeAs(ChatType.of("channel"))
                .isNotEqualTo(ChatType.DIRECT).hasToString("channel");
        assertThat(channel.value()).isEqualTo("channel");
        assertThat(channel.isGroup()).isFalse();
        assertThat(PresetAttribution.of("screen").name()).isEqualTo("screen");
    }

    @Test
    void valuesOfDifferentKindsAreNeverEqual() {
        assertThat((Object) ChatType.of("camera")).isNotEqualTo(PresetAttribution.CAMERA);
    }

    @Test
    void nullIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> ChatType.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> PresetAttribution.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
    }

    @Test
    void anUndocumentedValueIsWrittenBackAsRead() {
        String json = "{\"type\":\"text\",\"body\":\"hi\",\"chatType\":\"channel\"}";
        Message read = Messages.messageFromJson(json);
        assertThat(read.chatType()).contains(ChatType.of("channel"));
        assertThat(Messages.toJson(read)).isEqualTo(json);
        PictureMessage picture = PictureMessage.builder().picUrl("http://a.b/p")
                .attribution(PresetAttribution.of("screen")).build();
        assertThat(Messages.toJson(List.of(picture))).contains("\"attribution\":\"screen\"");
    }

    @Test
    void groupsArePrivateAndPublic() {
        assertThat(List.of(ChatType.DIRECT, ChatType.PRIVATE, ChatType.PUBLIC))
                .extracting(ChatType::isGroup).containsExactly(false, true, true);
    }
}

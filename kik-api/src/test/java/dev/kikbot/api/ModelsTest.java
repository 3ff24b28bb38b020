package dev.kikbot.api;

import static dev.kikbot.api.Wire.assertSameJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.message.JsonValue;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextResponse;
import dev.kikbot.api.message.UnknownKeyboard;
import java.net.URI;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Configuration, User and Code: kik-python's test_configuration.py, test_user.py and test_code.py. */
class ModelsTest {

    private static final String CONFIG = "{\"webhook\":\"https://example.com/incoming\","
            + "\"features\":{\"manuallySendReadReceipts\":true},"
            + "\"staticKeyboard\":{\"type\":\"suggested\",\"responses\":[{\"type\":\"text\",\"body\":\"foo\"}]}}";

    @Test
    void configurationFromJson() {
        Configuration config = Configuration.fromJson(CONFIG);
        assertThat(config.webhook()).contains("https://example.com/incoming");
        assertThat(config.features().manuallySendReadReceipts()).isTrue();
        assertThat(config.features().receiveReadReceipts()).isFalse();
        assertThat(config.staticKeyboard()).contains(SuggestedResponseKeyboard.of(TextResponse.of("foo")));
    }

    @Test
    void configurationToJson() {
        Configuration config = Configuration.builder().webhook("https://example.com/incoming")
                .features(Features.builder().manuallySendReadReceipts(true).build())
                .staticKeyboard(SuggestedResponseKeyboard.of(TextResponse.of("foo"))).build();
        assertSameJson(config.toJson(), CONFIG);
        assertThat(Configuration.fromJson(config.toJson())).isEqualTo(config);
    }

    @Test
    void configurationWithoutFeaturesWritesEmptyFeaturesAndNoStaticKeyboard() {
        assertThat(Configuration.builder().webhook("https://example.com/incoming").build().toJson())
                .isEqualTo("{\"webhook\":\"https://example.com/incoming\",\"features\":{}}");
    }

    @Test
    void allFourFlagsAndUnknownFlagsAndFields() {
        String json = "{\"webhook\":\"http://foo.bar/inc\",\"features\":{\"manuallySendReadReceipts\":false,"
                + "\"receiveReadReceipts\":true,\"receiveDeliveryReceipts\":true,\"receiveIsTyping\":true,"
                + "\"someLaterFlag\":true},\"staticKeyboard\":{\"foo\":\"bar\",\"type\":\"custom\"},\"newSetting\":[1]}";
        Configuration config = Configuration.fromJson(json);
        Features features = config.features();
        assertThat(features.manuallySendReadReceipts()).isFalse();
        assertThat(features.receiveReadReceipts()).isTrue();
        assertThat(features.receiveDeliveryReceipts()).isTrue();
        assertThat(features.receiveIsTyping()).isTrue();
        assertThat(features.flag("someLaterFlag")).contains(true);
        assertThat(config.staticKeyboard().orElseThrow()).isInstanceOf(UnknownKeyboard.class);
        assertThat(config.unknownFields()).containsEntry("newSetting", JsonValue.parse("[1]"));
        assertSameJson(config.toJson(), json);
    }

    @Test
    void configurationWithAWrongTypeNamesTheField() {
        assertThatThrownBy(() -> Configuration.fromJson("{\"webhook\":5}"))
                .isInstanceOf(KikParseException.class).hasMessage("webhook: expected a string");
        assertThatThrownBy(() -> Configuration.fromJson("{\"staticKeyboard\":{\"type\":1}}"))
                .isInstanceOf(KikParseException.class)
                .hasMessage("staticKeyboard.type: expected a string but was a number");
    }

    @Test
    void userFromJson() {
        User user = User.fromJson("{\"firstName\":\"Gwendolyn\",\"lastName\":\"Ferguson\","
                + "\"profilePicUrl\":\"https://cdn.kik.com/user/pic/gwendolyn\",\"profilePicLastModified\":1458657367,"
                + "\"timezone\":\"America/Toronto\"}");
        assertThat(user.firstName()).isEqualTo("Gwendolyn");
        assertThat(user.lastName()).isEqualTo("Ferguson");
        assertThat(user.displayName()).isEqualTo("Gwendolyn Ferguson");
        assertThat(user.profilePicUrl()).contains("https://cdn.kik.com/user/pic/gwendolyn");
        assertThat(user.profilePicLastModified()).hasValue(1458657367L);
        assertThat(user.timezone()).contains("America/Toronto");
        assertThat(user.zoneId()).contains(ZoneId.of("America/Toronto"));
    }

    @Test
    void userWithNullPictureAndTimezone() {
        User user = User.fromJson("{\"firstName\":\"Gwendolyn\",\"lastName\":\"Ferguson\",\"profilePicUrl\":null,"
                + "\"profilePicLastModified\":null,\"timezone\":null}");
        assertThat(user.profilePicUrl()).isEmpty();
        assertThat(user.profilePicLastModified()).isEmpty();
        assertThat(user.timezone()).isEmpty();
        assertThat(user.zoneId()).isEmpty();
        assertThat(user.toJson()).isEqualTo("{\"firstName\":\"Gwendolyn\",\"lastName\":\"Ferguson\"}");
    }

    @Test
    void userRoundTrip() {
        User user = User.builder().firstName("A").lastName("B").profilePicUrl("http://p").profilePicLastModified(5)
                .timezone("Europe/Paris").unknownField("extra", JsonValue.of(true)).build();
        assertSameJson(user.toJson(), "{\"firstName\":\"A\",\"lastName\":\"B\",\"profilePicUrl\":\"http://p\","
                + "\"profilePicLastModified\":5,\"timezone\":\"Europe/Paris\",\"extra\":true}");
        assertThat(User.fromJson(user.toJson())).isEqualTo(user);
    }

    @Test
    void codeUrl() {
        Code code = Code.of("ba7a319394f912ccad1ac42770529bd5cb0e9783");
        assertThat(code.id()).isEqualTo("ba7a319394f912ccad1ac42770529bd5cb0e9783");
        assertThat(code.url()).isEqualTo("https://api.kik.com/v1/code/ba7a319394f912ccad1ac42770529bd5cb0e9783");
        assertThat(code.url(Code.Color.TURQUOISE))
                .isEqualTo("https://api.kik.com/v1/code/ba7a319394f912ccad1ac42770529bd5cb0e9783?c=1");
    }

    @Test
    void kikBlueIsTheDefaultAndAddsNoParameter() {
        assertThat(Code.of("abc").url(Code.Color.KIK_BLUE)).isEqualTo("https://api.kik.com/v1/code/abc");
    }

    @Test
    void codeUrlIsBuiltOnTheClientsBaseUrl() {
        assertThat(Code.of("abc", URI.create("http://localhost:8080/")).url(Code.Color.STEEL))
                .isEqualTo("http://localhost:8080/v1/code/abc?c=15");
    }

    @Test
    void sizedImageUrlsAsKikNodeBuiltThem() {
        URI base = URI.create("http://localhost:8080");
        assertThat(Code.of("54bd91bfc7b6bb0c8bb2a0d19b1df1ee", base).imageUrl(1200, 1200, null))
                .isEqualTo("http://localhost:8080/api/v1/images/remote/54bd91bfc7b6bb0c8bb2a0d19b1df1ee/1200x1200.png");
        assertThat(Code.usernameImageUrl(base, "testbot", 1200, 1200, null))
                .isEqualTo("http://localhost:8080/api/v1/images/username/testbot/1200x1200.png");
        assertThat(Code.usernameImageUrl(base, "testbot", 128, 256, null))
                .isEqualTo("http://localhost:8080/api/v1/images/username/testbot/128x256.png");
        assertThat(Code.usernameImageUrl(base, "testbot", 1200, 1200, Code.Color.SUNSHINE))
                .isEqualTo("http://localhost:8080/api/v1/images/username/testbot/1200x1200.png?c=5");
        assertThatThrownBy(() -> Code.of("x").imageUrl(0, 10, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sixteenColoursWithTheirIdsAndHex() {
        assertThat(Code.Color.values()).hasSize(16);
        for (int id = 0; id < 16; id++) {
            assertThat(Code.Color.byId(id).id()).isEqualTo(id);
        }
        assertThat(Code.Color.KIK_BLUE.hex()).isEqualTo("#42B4E6");
        assertThat(Code.Color.SUNSHINE.id()).isEqualTo(5);
        assertThat(Code.Color.STEEL.hex()).isEqualTo("#5D7687");
        assertThatThrownBy(() -> Code.Color.byId(16)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.kikbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The signature vectors of spec §6.4 and the verification rules. */
class KikSignatureTest {

    private static final String VECTOR_3_BODY = "{\"messages\":[{\"chatId\":\"0ee6d46753bfa6ac2f089149959363f3f59ae62b10cba89cc426490ce38ea92d\","
            + "\"id\":\"0115efde-e54b-43d5-873a-5fef7adc69fd\",\"type\":\"text\",\"from\":\"laura\",\"participants\":[\"laura\"],"
            + "\"body\":\"omg r u real? é☃\",\"timestamp\":1439576628405,\"readReceiptRequested\":true,\"mention\":null,"
            + "\"metadata\":null,\"chatType\":\"direct\"}]}";

    @ParameterizedTest(name = "vector {index}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "mybotapikey | body | AC18D0105C2C257652859322B0499313342C6EB9",
        "2042cd8e-638c-4183-aef4-d4bef6f01981 | `{\"messages\":[{\"body\":\"Test\", \"type\":\"text\", \"from\":\"testuser1\"}]}` | 24495A10947E0EAF87AF071A7D046CEA0E27B81C",
        "2042cd8e-638c-4183-aef4-d4bef6f01981 | `{\"messages\":[]}` | 1E9E887FFC173F8AC91F90286B20FC8E56DCC3C3",
    })
    void signsTheSpecVectorsInUpperCaseHex(String key, String body, String expected) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(KikSignature.sign(key, bytes)).isEqualTo(expected);
        assertThat(KikSignature.verify(key, expected, bytes)).isTrue();
        assertThat(KikSignature.verify(key, expected.toLowerCase(Locale.ROOT), bytes)).isTrue();
    }

    @Test
    void vector2HasTheSpacesOfKikNodesTestBody() {
        assertThat("{\"messages\":[{\"body\":\"Test\", \"type\":\"text\", \"from\":\"testuser1\"}]}")
                .hasSize(65);
    }

    @Test
    void signsTheUtf8BytesOfANonAsciiBody() {
        byte[] bytes = VECTOR_3_BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(324);
        assertThat(KikSignature.sign("7b939d69-e840-4d22-aab8-4188c2198f8a", bytes))
                .isEqualTo("A3376F44D7024FFF627C45515901C232E1CF0EEC");
        assertThat(KikSignature.sign("7b939d69-e840-4d22-aab8-4188c2198f8a", VECTOR_3_BODY))
                .isEqualTo("A3376F44D7024FFF627C45515901C232E1CF0EEC");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "fakesig", "AC18D0105C2C257652859322B0499313342C6EB", "AC18D0105C2C257652859322B0499313342C6EB9 ",
        "ZZ18D0105C2C257652859322B0499313342C6EB9", "AC18D0105C2C257652859322B0499313342C6EB8"})
    void rejectsMissingMalformedAndWrongHeaders(String header) {
        assertThat(KikSignature.verify("mybotapikey", header, "body".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void rejectsAnotherBodyOrKeyOrNoBody() {
        String signature = "AC18D0105C2C257652859322B0499313342C6EB9";
        assertThat(KikSignature.verify("mybotapikey", signature, "body ".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(KikSignature.verify("otherkey", signature, "body".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(KikSignature.verify("mybotapikey", signature, null)).isFalse();
    }

    @Test
    void theClientVerifiesWithItsOwnKey() {
        KikApi kik = KikApi.builder("mybotusername", "mybotapikey").build();
        assertThat(kik.verifySignature("AC18D0105C2C257652859322B0499313342C6EB9",
                "body".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(kik.verifySignature("fakesig", "body".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}

package dev.kikbot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each benchmark and its limit do the same work on the same input: checked once here, not timed. */
class BenchmarkValuesTest {

    @ParameterizedTest
    @CsvSource({"one, 1", "hundred, 100", "mix, 13"})
    void parseReadsEveryMessageAndTheLimitReadsTheSameBytes(String body, int messages) throws IOException {
        ParseBenchmark benchmark = new ParseBenchmark();
        benchmark.body = body;
        benchmark.load();
        assertThat(benchmark.kikbot()).hasSize(messages);
        assertThat(benchmark.limitJacksonStreaming())
                .isEqualTo(ParseBenchmark.walk(new JsonFactory(), Inputs.bytes("webhook-" + body + ".json")))
                .isPositive();
    }

    @Test
    void serializeAndItsLimitWriteTheSameJson() throws IOException {
        SerializeBenchmark benchmark = new SerializeBenchmark();
        benchmark.load();
        String expected = new String(Inputs.bytes("text-with-keyboard.json"), StandardCharsets.UTF_8);
        assertThat(benchmark.kikbot()).isEqualTo(expected);
        assertThat(benchmark.limitJacksonTree()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 65536})
    void signatureAndItsLimitAcceptTheSameHeader(int size) throws Exception {
        SignatureBenchmark benchmark = new SignatureBenchmark();
        benchmark.size = size;
        benchmark.load();
        assertThat(Inputs.signedBody(size)).hasSize(size);
        assertThat(benchmark.kikbot()).isTrue();
        assertThat(benchmark.limitBareMac()).isTrue();
    }

    @Test
    void translationsOfTheVectorMessagesAreTheVectorsWhereTheTranslatorWritesThemExactly() {
        // Spec messagepath §8: V01 and S1 byte for byte; V02, V03 and V07 differ by design (own pic_id,
        // v2 JIDs only, a one-item carousel) and are only checked to carry their attachment.
        HexFormat hex = HexFormat.of();
        assertThat(hex.formatHex(TranslatorBenchmark.TRANSLATED.get(0).toByteArray())).isEqualTo(
                "da3e3b0a3910011a0d0a0b0a09616c6963655f6232788202250a1a0a107b2263686f696365223a22796573227d8202050a"
                        + "035965730a078202040a024e6f");
        assertThat(hex.formatHex(TranslatorBenchmark.TRANSLATED.get(4).toByteArray()))
                .isEqualTo("e23e170a150a107b2263686f696365223a22796573227d820200");
        assertThat(TranslatorBenchmark.TRANSLATED.subList(1, 3)).allMatch(core -> core.hasKeyboardAttachment());
        assertThat(TranslatorBenchmark.TRANSLATED.get(3).hasCarouselMessageAttachment()).isTrue();
    }
}

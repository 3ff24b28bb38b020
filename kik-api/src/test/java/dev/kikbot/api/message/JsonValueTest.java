package dev.kikbot.api.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.api.KikParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metadata and other pass-through JSON values. */
class JsonValueTest {

    @Test
    void fromJavaValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("product", 1298373);
        map.put("tags", List.of("a", "b"));
        assertThat(JsonValue.of(map).toJson()).isEqualTo("{\"product\":1298373,\"tags\":[\"a\",\"b\"]}");
        assertThat(JsonValue.of("text").toJson()).isEqualTo("\"text\"");
        assertThat(JsonValue.of(42).isNumber()).isTrue();
        assertThat(JsonValue.of(true).toJson()).isEqualTo("true");
    }

    @Test
    void asTextGivesAStringAsItIsAndAnythingElseAsCompactJson() {
        assertThat(JsonValue.of("id-1").asText()).isEqualTo("id-1");
        assertThat(JsonValue.parse("{ \"a\" : [1, 2] }").asText()).isEqualTo("{\"a\":[1,2]}");
    }

    @Test
    void equalWhenTheSameJsonWhateverTheNumberType() {
        assertThat(JsonValue.of(1500L)).isEqualTo(JsonValue.parse("1500")).hasSameHashCodeAs(JsonValue.parse("1500"));
        assertThat(JsonValue.parse("1.10")).isEqualTo(JsonValue.parse("1.1"))
                .hasSameHashCodeAs(JsonValue.parse("1.1"));
        assertThat(JsonValue.parse("{\"a\":1,\"b\":2}")).isEqualTo(JsonValue.parse("{\"b\":2,\"a\":1}"))
                .hasSameHashCodeAs(JsonValue.parse("{\"b\":2,\"a\":1}"));
        assertThat(JsonValue.parse("[1,2]")).isNotEqualTo(JsonValue.parse("[2,1]"));
        assertThat(JsonValue.of("1")).isNotEqualTo(JsonValue.of(1));
    }

    @Test
    void toJavaValuesAreCopies() {
        JsonValue value = JsonValue.parse("{\"a\":[1]}");
        Map<String, Object> map = value.toMap();
        map.put("b", 2);
        assertThat(value.toJson()).isEqualTo("{\"a\":[1]}");
        assertThat(JsonValue.parse("[1,\"x\"]").toList()).containsExactly(1, "x");
        assertThatThrownBy(() -> JsonValue.of("x").toMap()).isInstanceOf(IllegalStateException.class)
                .hasMessage("not a JSON object but a string");
    }

    @Test
    void parseRejectsWhatIsNotJson() {
        assertThatThrownBy(() -> JsonValue.parse("{nope")).isInstanceOf(KikParseException.class);
    }
}

package dev.kikbot.api.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * The one Jackson mapper of the library. Internal: not part of the public API.
 *
 * <p>It keeps numbers exactly as written ({@code 1.10} stays {@code 1.10}) so that values the library does
 * not interpret survive a parse and a write unchanged, and it rejects duplicate keys, whose meaning JSON
 * leaves open. The mapper is never handed out, so nobody can reconfigure it under the library's feet.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** The shared mapper; callers must not change its configuration. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The parser factory of the shared mapper. */
    public static JsonFactory factory() {
        return MAPPER.getFactory();
    }
}

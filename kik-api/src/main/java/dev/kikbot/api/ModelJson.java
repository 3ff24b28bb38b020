package dev.kikbot.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.internal.Json;
import dev.kikbot.api.message.JsonValue;
import dev.kikbot.api.message.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** JSON of the configuration and user-profile objects. Lenient on unknown fields, strict on known ones. */
final class ModelJson {

    private static final Set<String> CONFIGURATION_FIELDS = Set.of("webhook", "features", "staticKeyboard");
    private static final Set<String> USER_FIELDS =
            Set.of("firstName", "lastName", "profilePicUrl", "profilePicLastModified", "timezone");

    private ModelJson() {
    }

    static Configuration configuration(String json) {
        JsonNode root = object(json, "configuration");
        Configuration.Builder builder = Configuration.builder().webhook(text(root, "webhook"));
        JsonNode features = present(root, "features");
        if (features != null) {
            if (!features.isObject()) {
                throw new KikParseException("features: expected an object");
            }
            Features.Builder flags = Features.builder();
            features.fields().forEachRemaining(
                    flag -> flags.flag(flag.getKey(), JsonValue.parse(flag.getValue().toString())));
            builder.features(flags.build());
        }
        JsonNode keyboard = present(root, "staticKeyboard");
        if (keyboard != null) {
            try {
                builder.staticKeyboard(Messages.keyboardFromJson(keyboard.toString()));
            } catch (KikParseException e) {
                throw new KikParseException("staticKeyboard." + e.getMessage(), e);
            }
        }
        unknown(root, CONFIGURATION_FIELDS).forEach(builder::unknownField);
        return builder.build();
    }

    static String toJson(Configuration configuration) {
        return write(out -> {
            out.writeStartObject();
            if (configuration.webhook().isPresent()) {
                out.writeStringField("webhook", configuration.webhook().get());
            }
            out.writeFieldName("features");
            out.writeStartObject();
            for (Map.Entry<String, JsonValue> flag : configuration.features().asMap().entrySet()) {
                out.writeFieldName(flag.getKey());
                out.writeRawValue(flag.getValue().toJson());
            }
            out.writeEndObject();
            if (configuration.staticKeyboard().isPresent()) {
                out.writeFieldName("staticKeyboard");
                out.writeRawValue(Messages.toJson(configuration.staticKeyboard().get()));
            }
            writeUnknown(out, configuration.unknownFields(), CONFIGURATION_FIELDS);
            out.writeEndObject();
        });
    }

    static User user(String json) {
        JsonNode root = object(json, "user profile");
        User.Builder builder = User.builder()
                .firstName(text(root, "firstName"))
                .lastName(text(root, "lastName"))
                .profilePicUrl(text(root, "profilePicUrl"))
                .timezone(text(root, "timezone"));
        JsonNode modified = present(root, "profilePicLastModified");
        if (modified != null) {
            if (!modified.isIntegralNumber() || !modified.canConvertToLong()) {
                throw new KikParseException("profilePicLastModified: expected a whole number");
            }
            builder.profilePicLastModified(modified.longValue());
        }
        unknown(root, USER_FIELDS).forEach(builder::unknownField);
        return builder.build();
    }

    static String toJson(User user) {
        return write(out -> {
            out.writeStartObject();
            if (user.rawFirstName() != null) {
                out.writeStringField("firstName", user.rawFirstName());
            }
            if (user.rawLastName() != null) {
                out.writeStringField("lastName", user.rawLastName());
            }
            if (user.profilePicUrl().isPresent()) {
                out.writeStringField("profilePicUrl", user.profilePicUrl().get());
            }
            if (user.rawProfilePicLastModified() != null) {
                out.writeNumberField("profilePicLastModified", user.rawProfilePicLastModified());
            }
            if (user.timezone().isPresent()) {
                out.writeStringField("timezone", user.timezone().get());
            }
            writeUnknown(out, user.unknownFields(), USER_FIELDS);
            out.writeEndObject();
        });
    }

    /** Parses JSON text that must be an object. */
    static JsonNode object(String json, String what) {
        try {
            JsonNode root = Json.readTree(json);
            if (root == null || !root.isObject()) {
                throw new KikParseException("Expected a " + what + " object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new KikParseException("Malformed JSON in " + what + ": " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode present(JsonNode root, String key) {
        JsonNode value = root.get(key);
        return value == null || value.isNull() ? null : value;
    }

    private static String text(JsonNode root, String key) {
        JsonNode value = present(root, key);
        if (value != null && !value.isTextual()) {
            throw new KikParseException(key + ": expected a string");
        }
        return value == null ? null : value.textValue();
    }

    private static Map<String, JsonValue> unknown(JsonNode root, Set<String> known) {
        Map<String, JsonValue> unknown = new LinkedHashMap<>();
        root.fields().forEachRemaining(field -> {
            if (!known.contains(field.getKey())) {
                unknown.put(field.getKey(), JsonValue.parse(field.getValue().toString()));
            }
        });
        return unknown;
    }

    private static void writeUnknown(JsonGenerator out, Map<String, JsonValue> fields, Set<String> known)
            throws IOException {
        for (Map.Entry<String, JsonValue> field : fields.entrySet()) {
            if (!known.contains(field.getKey())) {
                out.writeFieldName(field.getKey());
                out.writeRawValue(field.getValue().toJson());
            }
        }
    }

    private interface Writing {
        void write(JsonGenerator out) throws IOException;
    }

    private static String write(Writing writing) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.generator(text)) {
            writing.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}

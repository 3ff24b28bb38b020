package dev.kikbot.api.message;

import java.util.Objects;

/**
 * A suggested response of a type this library does not know (a later Kik feature, or the internal
 * {@code payment} demo). Its metadata is read as for any response; everything else stays in
 * {@link #unknownFields()}, so it is written back unchanged.
 */
public final class UnknownResponse extends SuggestedResponse {

    private final String type;

    private UnknownResponse(Builder builder) {
        super(builder);
        this.type = builder.type;
    }

    /**
     * @param type the wire type
     * @return a builder for a response of that type
     */
    public static Builder builder(String type) {
        return new Builder(type);
    }

    /** @return a builder holding this response's fields */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String type() {
        return type;
    }

    /** @return the whole response object, as it will be written */
    public JsonValue raw() {
        return JsonValue.wrap(WireWriter.toTree(this));
    }

    @Override
    void writeTypeFields(FieldSink out) {
        // Everything beyond type and metadata is in unknownFields().
    }

    /** Builds an {@link UnknownResponse}. */
    public static final class Builder extends SuggestedResponse.Builder<UnknownResponse, Builder> {

        private final String type;

        private Builder(String type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        private Builder(UnknownResponse response) {
            super(response);
            this.type = response.type;
        }

        @Override
        public UnknownResponse build() {
            return new UnknownResponse(this);
        }
    }
}

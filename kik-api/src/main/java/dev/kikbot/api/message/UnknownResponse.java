package dev.kikbot.api.message;

/**
 * A suggested response of a type this library does not know (a later Kik feature, or the internal
 * {@code payment} demo). Its metadata is read as for any response; everything else stays in
 * {@link #unknownFields()}, so it is written back unchanged.
 */
public final class UnknownResponse extends SuggestedResponse {

    private UnknownResponse(Builder builder) {
        super(builder);
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

    /** @return the whole response object, as it will be written */
    public JsonValue raw() {
        return JsonValue.wrap(WireWriter.toTree(this));
    }

    /** Builds an {@link UnknownResponse}. */
    public static final class Builder extends SuggestedResponse.Builder<UnknownResponse, Builder> {

        private Builder(String type) {
            super(type);
        }

        private Builder(UnknownResponse response) {
            super(response);
        }

        @Override
        public UnknownResponse build() {
            return new UnknownResponse(this);
        }
    }
}

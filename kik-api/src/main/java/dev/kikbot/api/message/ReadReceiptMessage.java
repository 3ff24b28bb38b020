package dev.kikbot.api.message;

/**
 * A read receipt ({@code "type":"read-receipt"}): the bot marks a user's messages read (needed when
 * {@code manuallySendReadReceipts} is on), and Kik tells a bot that asked for it ({@code receiveReadReceipts})
 * that a user read its messages. Sending one needs {@code to} and {@code messageIds}.
 */
public final class ReadReceiptMessage extends ReceiptMessage {

    /** The wire type of this message. */
    public static final String TYPE = "read-receipt";

    private ReadReceiptMessage(Builder builder) {
        super(builder);
    }

    /** @return a builder with no fields set */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ReadReceiptMessage}. */
    public static final class Builder extends ReceiptMessage.Builder<ReadReceiptMessage, Builder> {

        private Builder() {
            super(TYPE);
        }

        private Builder(ReadReceiptMessage message) {
            super(message);
        }

        @Override
        public ReadReceiptMessage build() {
            return new ReadReceiptMessage(this);
        }
    }
}

package dev.kikbot.api.message;

/**
 * Kik tells the bot that its messages reached the user's device ({@code "type":"delivery-receipt"}), when
 * the bot asked for it ({@code receiveDeliveryReceipts}). Incoming only.
 */
public final class DeliveryReceiptMessage extends ReceiptMessage {

    /** The wire type of this message. */
    public static final String TYPE = "delivery-receipt";

    private DeliveryReceiptMessage(Builder builder) {
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

    /** Builds a {@link DeliveryReceiptMessage}. */
    public static final class Builder extends ReceiptMessage.Builder<DeliveryReceiptMessage, Builder> {

        private Builder() {
            super(TYPE);
        }

        private Builder(DeliveryReceiptMessage message) {
            super(message);
        }

        @Override
        public DeliveryReceiptMessage build() {
            return new DeliveryReceiptMessage(this);
        }
    }
}

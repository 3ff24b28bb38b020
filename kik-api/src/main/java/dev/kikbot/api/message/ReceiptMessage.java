package dev.kikbot.api.message;

import java.util.Arrays;
import java.util.List;

/** A receipt for messages, by their ids: {@link DeliveryReceiptMessage} or {@link ReadReceiptMessage}. */
public abstract sealed class ReceiptMessage extends Message permits DeliveryReceiptMessage, ReadReceiptMessage {

    private final List<String> messageIds;

    ReceiptMessage(Builder<?, ?> builder) {
        super(builder);
        this.messageIds = builder.messageIds;
    }

    /** @return the ids of the messages this receipt is for; empty if none were given */
    public List<String> messageIds() {
        return messageIds;
    }

    @Override
    void writeTypeFields(FieldSink out) {
        out.put("messageIds", messageIds.isEmpty() ? null : messageIds);
    }

    /**
     * Builds receipts.
     *
     * @param <M> the receipt type built
     * @param <B> the concrete builder
     */
    public abstract static class Builder<M extends ReceiptMessage, B extends Builder<M, B>>
            extends Message.Builder<M, B> {

        private List<String> messageIds = List.of();

        Builder(String type) {
            super(type);
        }

        Builder(ReceiptMessage message) {
            super(message);
            this.messageIds = message.messageIds;
        }

        /**
         * @param messageIds the ids of the messages acknowledged
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        public B messageIds(List<String> messageIds) {
            this.messageIds = messageIds == null ? List.of() : List.copyOf(messageIds);
            return (B) this;
        }

        /**
         * @param messageIds the ids of the messages acknowledged
         * @return this builder
         */
        public B messageIds(String... messageIds) {
            return messageIds(Arrays.asList(messageIds));
        }
    }
}

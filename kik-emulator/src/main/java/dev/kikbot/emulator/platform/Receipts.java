package dev.kikbot.emulator.platform;

import dev.kikbot.api.message.DeliveryReceiptMessage;
import dev.kikbot.api.message.ReadReceiptMessage;
import dev.kikbot.api.message.ReceiptMessage;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.NewMessage;
import java.util.List;
import java.util.UUID;

/**
 * The receipts Kik sent a bot about its own messages. Like every receipt in the SDKs' fixtures they carry
 * {@code messageIds} and no {@code chatType}; they are written like any other webhook message otherwise.
 */
final class Receipts {

    private Receipts() {
    }

    /** @return a delivery receipt from the user for the bot's messages, to be delivered if {@code deliver} */
    static NewMessage delivered(Chat chat, String user, List<String> messageIds, long now, boolean deliver) {
        return receipt(chat, user, DeliveryReceiptMessage.builder(), messageIds, now, deliver);
    }

    /** @return a read receipt from the user for the bot's messages, to be delivered if {@code deliver} */
    static NewMessage read(Chat chat, String user, List<String> messageIds, long now, boolean deliver) {
        return receipt(chat, user, ReadReceiptMessage.builder(), messageIds, now, deliver);
    }

    private static <M extends ReceiptMessage, B extends ReceiptMessage.Builder<M, B>> NewMessage receipt(Chat chat,
            String user, B builder, List<String> messageIds, long now, boolean deliver) {
        String id = UUID.randomUUID().toString();
        M receipt = builder.messageIds(messageIds).chatId(chat.chatId()).id(id).from(user)
                .participants(chat.participants()).timestamp(now).readReceiptRequested(false).build();
        return NewMessage.toBot(chat.chatId(), chat.bot(), id, user, receipt.type(), WebhookJson.write(receipt), now,
                deliver);
    }
}

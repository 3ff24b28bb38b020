package dev.kikbot.emulator.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.Direction;
import dev.kikbot.emulator.store.NewMessage;
import dev.kikbot.emulator.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * A user reads the bot's messages. The read receipt is stored in the chat either way, and delivered only to
 * a bot whose features ask for {@code receiveReadReceipts}.
 */
public final class Reads {

    private final Store store;
    private final Clock clock;
    private final MessageFeed feed;
    private final Consumer<String> mail;

    /**
     * @param mail told the bot's name when the bot has new messages in the outbox
     */
    public Reads(Store store, Clock clock, MessageFeed feed, Consumer<String> mail) {
        this.store = store;
        this.clock = clock;
        this.feed = feed;
        this.mail = mail;
    }

    /**
     * @param body {@code {"user","messageIds":[...]}}: ids of the bot's messages in this chat
     * @return the read receipt's JSON, as the bot's webhook receives it
     * @throws ApiError 400 naming the user or the id at fault
     */
    public String read(Chat chat, ObjectNode body) {
        String user = Chats.participant(chat, body, "user");
        List<String> ids = Json.requiredStrings(body, "messageIds");
        if (ids.isEmpty()) {
            throw ApiError.badRequest("messageIds: at least one id of a message of the bot is required");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (store.message(chat.chatId(), Direction.FROM_BOT, ids.get(i)).filter(m -> !m.byPlatform()).isEmpty()) {
                throw ApiError.badRequest("messageIds[" + i + "]: the bot sent no message '" + ids.get(i)
                        + "' in this chat");
            }
        }
        boolean deliver = store.bot(chat.bot())
                .map(bot -> bot.configuration().features().receiveReadReceipts()).orElse(false);
        NewMessage receipt = Receipts.read(chat, user, ids, clock.millis(), deliver);
        store.append(List.of(receipt));
        feed.published(chat.chatId());
        if (deliver) {
            mail.accept(chat.bot());
        }
        return receipt.botJson();
    }
}

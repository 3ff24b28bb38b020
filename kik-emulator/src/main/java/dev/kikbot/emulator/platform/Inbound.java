package dev.kikbot.emulator.platform;

import dev.kikbot.api.Configuration;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.api.message.IsTypingMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.StartChattingMessage;
import dev.kikbot.emulator.BotAccount;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.NewMessage;
import dev.kikbot.emulator.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Everything a user (or a scan, or a tap) sends a bot arrives here: completed with what the platform fills
 * in, judged (in a group only a mention reaches the bot; is-typing only a bot that asked for it), and
 * committed to the outbox in one transaction with what the platform answers in the bot's name
 * ({@link PlatformReplies}), before the caller gets its answer. Unless the bot set
 * {@code manuallySendReadReceipts}, the platform then marks the message read for it.
 */
public final class Inbound {

    private final Store store;
    private final Clock clock;
    private final RateLimiter limiter;
    private final MessageFeed feed;
    private final Consumer<String> mail;
    private final MentionWindow mentions;
    private final PlatformReplies replies = new PlatformReplies();

    /**
     * @param mail told the bot's name when the bot has new messages in the outbox
     */
    public Inbound(Store store, Clock clock, RateLimiter limiter, MessageFeed feed, Consumer<String> mail,
            MentionWindow mentions) {
        this.store = store;
        this.clock = clock;
        this.limiter = limiter;
        this.feed = feed;
        this.mail = mail;
        this.mentions = mentions;
    }

    /**
     * @param message what the user sent, without the fields the platform fills
     * @param mentionsBot whether the user @-mentioned the chat's bot (it matters only in groups)
     * @return the message's JSON exactly as the bot's webhook receives it
     */
    public String accept(Chat chat, String from, Message message, boolean mentionsBot) {
        boolean group = ChatType.of(chat.chatType()).isGroup();
        boolean reaches = !group || mentionsBot;
        long now = clock.millis();
        String id = UUID.randomUUID().toString();
        Message.Builder<?, ?> complete = message.toBuilder().id(id).chatId(chat.chatId()).from(from)
                .participants(chat.participants()).timestamp(now)
                .readReceiptRequested(!StartChattingMessage.TYPE.equals(message.type()))
                .chatType(ChatType.of(chat.chatType()));
        if (group && mentionsBot) {
            complete.mention(chat.bot());
        }
        String json = WebhookJson.write(complete.build());
        Configuration config = store.bot(chat.bot()).map(BotAccount::configuration)
                .orElseGet(() -> Configuration.builder().build());
        boolean typing = IsTypingMessage.TYPE.equals(message.type());
        boolean deliver = reaches && (!typing || config.features().receiveIsTyping());
        NewMessage said = NewMessage.toBot(chat.chatId(), chat.bot(), id, from, message.type(), json, now, deliver);
        if (reaches && !typing && !config.features().manuallySendReadReceipts()) {
            // Kik marked the message read on the bot's behalf; here as it is accepted for the bot.
            said = said.readBy("platform", now);
        }
        List<NewMessage> rows = new ArrayList<>(2);
        rows.add(said);
        if (reaches && !typing) {
            replies.settingUp(chat, from, config, now).ifPresent(rows::add);
        }
        store.append(rows);
        if (reaches && !typing) {
            limiter.refund(chat.bot(), from); // typing is not a message: it gives no budget back
        }
        if (group && mentionsBot) {
            mentions.mentioned(chat.chatId());
        }
        feed.published(chat.chatId());
        if (deliver) {
            mail.accept(chat.bot());
        }
        return json;
    }

    /** The bot's configuration changed. */
    public void reconfigured(String bot, Configuration config) {
        replies.reconfigured(bot, config);
    }

    /** Forgets what the platform remembers in memory. */
    public void clear() {
        replies.clear();
        mentions.clear();
    }
}

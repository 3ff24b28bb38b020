package dev.kikbot.emulator.store;

import dev.kikbot.emulator.BotAccount;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the emulator keeps. Each method is one transaction: what it writes is committed when it
 * returns, or not at all. The SQL behind it is portable, so that a shared emulator could keep the same
 * tables in PostgreSQL; {@link SqlStore} is the SQLite one.
 */
public interface Store extends AutoCloseable {

    /** @return false, storing nothing, if a bot of that name exists */
    boolean addBot(BotAccount bot);

    /** Replaces a bot's API key and configuration. */
    void updateBot(BotAccount bot);

    Optional<BotAccount> bot(String username);

    /** @return every bot, by username */
    List<BotAccount> bots();

    /** @return false, storing nothing, if a user of that name exists */
    boolean addUser(SimUser user);

    Optional<SimUser> user(String username);

    /** @return every user, by username */
    List<SimUser> users();

    /**
     * Opens a chat and stores the platform's first messages in it (start-chatting), in one transaction.
     *
     * @return false, storing nothing, if a chat with that id exists
     */
    boolean addChat(Chat chat, List<NewMessage> first);

    Optional<Chat> chat(String chatId);

    /** @return the chats of a bot, of a user, of both or all, by creation */
    List<Chat> chats(Optional<String> bot, Optional<String> user);

    /** @return whether the user is in any chat with the bot: a user the bot may message */
    boolean hasChatted(String bot, String user);

    /**
     * Stores messages, and puts those to be delivered in the outbox, in one transaction.
     *
     * @return the stored messages, in order, with their sequence numbers
     */
    List<StoredMessage> append(List<NewMessage> messages);

    /**
     * Stores a bot's messages as {@link #append(List)} does, with the accepted Bot API call that carried them,
     * in one transaction.
     */
    List<StoredMessage> append(List<NewMessage> messages, ApiCall call);

    /** @return the sequence number of the newest message, 0 if there is none */
    long newestSeq();

    /** @return up to {@code limit} messages of every chat after {@code afterSeq}, oldest first */
    List<StoredMessage> messagesAfter(long afterSeq, int limit);

    /** @return the refusal as stored, with its id, after the messages stored so far */
    Refusal addRefusal(ApiCall call, List<String> chatIds);

    /**
     * @return up to {@code limit} refused Bot API calls after {@code afterId}, oldest first: those of the chat
     *     if it is given, else those of the bot if it is given, else all
     */
    List<Refusal> refusals(Optional<String> chatId, Optional<String> bot, long afterId, int limit);

    /** @return what the inspector shows of the message of that sequence number in the chat */
    Optional<Inspection> inspection(String chatId, long seq);

    /** @return the Kik Codes the bot made, oldest first */
    List<KikCode> codes(String bot);

    /**
     * Marks the bot's messages from users read, those not marked yet.
     *
     * @param by {@code platform} or {@code bot}
     */
    void markRead(String bot, Collection<String> messageIds, String by, long at);

    /** @return which of these ids the bot already has messages with, in that direction */
    Set<String> knownMessageIds(String bot, Direction direction, Collection<String> messageIds);

    /** @return up to {@code limit} messages of a chat after {@code afterSeq}, oldest first */
    List<StoredMessage> messages(String chatId, long afterSeq, int limit);

    /** @return the message of that id in the chat, in that direction */
    Optional<StoredMessage> message(String chatId, Direction direction, String messageId);

    /** @return up to {@code limit} of the bot's messages waiting in the outbox, oldest first */
    List<StoredMessage> pending(String bot, int limit);

    /** @return the bots that have messages waiting in the outbox */
    List<String> botsWithPending();

    /**
     * Records a webhook request; if it was {@linkplain DeliveryAttempt#delivered() delivered}, its messages
     * leave the outbox in the same transaction.
     *
     * @param seqs the sequence numbers of the messages it carried
     */
    void recordAttempt(DeliveryAttempt attempt, List<Long> seqs);

    /** @return the bot's webhook requests, oldest first, at most the last {@code limit} */
    List<DeliveryAttempt> attempts(String bot, int limit);

    /** Remembers the data of a Kik Code the bot made. */
    void addCode(String id, String bot, Optional<String> data, long createdAt);

    /** @return the Kik Code of that id */
    Optional<KikCode> code(String id);

    /** Forgets every bot, user, chat, message, attempt and code. */
    void clear();

    /** Closes the database. */
    @Override
    void close();
}

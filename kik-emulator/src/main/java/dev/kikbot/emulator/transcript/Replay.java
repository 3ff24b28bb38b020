package dev.kikbot.emulator.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.message.ChatType;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.ScanDataMessage;
import dev.kikbot.api.message.StartChattingMessage;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.platform.Chats;
import dev.kikbot.emulator.platform.Inbound;
import dev.kikbot.emulator.platform.UserMessages;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.SimUser;
import dev.kikbot.emulator.store.Store;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Plays a transcript's user side against a bot and reports, turn by turn, whether the bot answered as the
 * transcript says. A direct chat is the user's direct chat with the bot (its id is fixed per pair), greeted
 * again if it existed; a group is a new group of the same people. Users the emulator does not know are
 * created. Each turn waits up to {@code wait} for as many bot messages as the transcript has; a turn that
 * expects none does not wait, so a late answer is counted in the next turn, where it shows as a difference.
 */
public final class Replay {

    private final Store store;
    private final Chats chats;
    private final UserMessages users;
    private final Inbound inbound;
    private final BotAnswers answers;

    public Replay(Store store, Chats chats, UserMessages users, Inbound inbound, BotAnswers answers) {
        this.store = store;
        this.chats = chats;
        this.users = users;
        this.inbound = inbound;
        this.answers = answers;
    }

    /**
     * @param bot the bot to play against; empty for the transcript's own
     * @return the report: {@code chatId}, {@code bot}, {@code differs}, and {@code steps} with {@code sent},
     *     {@code expected}, {@code actual} and {@code differs} each
     */
    public ObjectNode run(Transcript transcript, Optional<String> bot, Duration wait) {
        String name = bot.orElse(transcript.bot());
        if (store.bot(name).isEmpty()) {
            throw ApiError.badRequest("bot: there is no bot '" + name + "'");
        }
        transcript.participants().forEach(this::ensureUser);
        Chats.Opened opened = open(transcript, name);
        Chat chat = opened.chat();
        boolean greeted = opened.created() && ChatType.DIRECT.value().equals(chat.chatType());
        ObjectNode report = Json.object().put("chatId", chat.chatId()).put("bot", name);
        ArrayNode steps = report.putArray("steps");
        boolean anyDiffers = false;
        for (Step step : Step.of(transcript)) {
            // A new direct chat's start-chatting is already sent: its answers are this step's if it is one.
            boolean greets = greeted && StartChattingMessage.TYPE.equals(step.sent().path("type").asText());
            long mark = greets ? 0 : answers.lastSeq(chat);
            ObjectNode sent = send(chat, step.sent(), greeted);
            greeted = false;
            List<ObjectNode> actual = answers.after(chat, mark, step.expected().size(), wait);
            List<ObjectNode> expected = step.expected().stream().map(Replay::comparable).toList();
            boolean differs = !expected.equals(actual);
            anyDiffers |= differs;
            ObjectNode entry = steps.addObject().put("step", steps.size() - 1);
            entry.set("sent", sent);
            entry.set("expected", Json.array().addAll(expected));
            entry.set("actual", Json.array().addAll(actual));
            entry.put("differs", differs);
        }
        return report.put("differs", anyDiffers);
    }

    /** @return a bot message without what differs from run to run: ids, chat ids, timestamps */
    static ObjectNode comparable(JsonNode message) {
        ObjectNode copy = (ObjectNode) message.deepCopy();
        copy.remove(List.of("id", "chatId", "timestamp"));
        return copy;
    }

    private Chats.Opened open(Transcript transcript, String bot) {
        if (ChatType.DIRECT.value().equals(transcript.chatType())) {
            if (transcript.participants().size() != 1) {
                throw ApiError.badRequest("transcript.participants: a direct chat has exactly one user");
            }
            return chats.openDirect(bot, transcript.participants().get(0));
        }
        return new Chats.Opened(chats.openGroup(bot, transcript.participants(), ChatType.of(transcript.chatType())),
                true);
    }

    /** @return what the bot's webhook receives for the turn's message */
    private ObjectNode send(Chat chat, ObjectNode original, boolean greeted) {
        String from = original.path("from").asText();
        String type = original.path("type").asText();
        if (StartChattingMessage.TYPE.equals(type)) {
            if (!greeted) {
                chats.greet(chat, from);
            }
            return original;
        }
        if (ScanDataMessage.TYPE.equals(type)) {
            return (ObjectNode) Json.tree(inbound.accept(chat, from, Messages.messageFromJson(original.toString()), false));
        }
        ObjectNode body = original.deepCopy();
        if (original.hasNonNull("mention")) {
            body.put("mention", chat.bot()); // the transcript's bot was mentioned: mention the one replayed
        }
        return (ObjectNode) Json.tree(users.send(chat, body));
    }

    private void ensureUser(String username) {
        store.addUser(new SimUser(username, username, "", Optional.empty(), OptionalLong.empty(), Optional.empty()));
    }
}

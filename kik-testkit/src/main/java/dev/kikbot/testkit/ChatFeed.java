package dev.kikbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.testkit.internal.ControlClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.opentest4j.AssertionFailedError;

/**
 * What the bot sent in one chat, read once each and in order: a cursor on the control API's long poll
 * ({@code GET /chats/{id}/messages?after=SEQ&waitMs=MS}). Shared by every participant's view of a chat. Messages
 * marked {@code byPlatform} are kept apart: the platform sent them, not the bot.
 */
final class ChatFeed {

    private static final long MAX_WAIT_MILLIS = 30_000;

    private final ControlClient control;
    private final String messagesPath;
    private final ArrayDeque<Message> unread = new ArrayDeque<>();
    private final List<Message> read = new ArrayList<>();
    private final List<Message> platform = new ArrayList<>();
    private long lastSeq;

    ChatFeed(ControlClient control, String chatPath) {
        this.control = control;
        this.messagesPath = chatPath + "/messages";
    }

    /**
     * @param failure the failure's message, from what was found and everything read so far
     * @return the next {@code count} unread messages that {@code wanted} accepts; the others are read past
     */
    synchronized List<Message> await(int count, Predicate<Message> wanted, Duration timeout,
            BiFunction<List<Message>, List<Message>, String> failure) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Message> found = new ArrayList<>();
        while (true) {
            while (!unread.isEmpty() && found.size() < count) {
                Message next = unread.poll();
                read.add(next);
                if (wanted.test(next)) {
                    found.add(next);
                }
            }
            if (found.size() == count) {
                return List.copyOf(found);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionFailedError(failure.apply(List.copyOf(found), List.copyOf(read)));
            }
            poll(Duration.ofNanos(left));
        }
    }

    /** @return the unread messages {@code wanted} accepts that come within {@code quiet}; empty if none */
    synchronized List<Message> unreadWithin(Duration quiet, Predicate<Message> wanted) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (unread.stream().noneMatch(wanted)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return List.of();
            }
            poll(Duration.ofNanos(left));
        }
        return unread.stream().filter(wanted).toList();
    }

    /** @return everything the bot sent so far, read or not, without waiting */
    synchronized List<Message> all() {
        poll(Duration.ZERO);
        List<Message> all = new ArrayList<>(read);
        all.addAll(unread);
        return List.copyOf(all);
    }

    /** @return what the platform itself sent the user in the bot's place, such as "still getting set up" */
    synchronized List<Message> platformMessages() {
        return List.copyOf(platform);
    }

    /** Reads the chat's messages after the last one seen, waiting up to {@code wait} for the first. */
    private void poll(Duration wait) {
        long waitMs = wait.isZero() ? 0 : Math.min(Math.max(wait.toMillis(), 1), MAX_WAIT_MILLIS);
        JsonNode page = control.get(messagesPath + "?after=" + lastSeq + "&waitMs=" + waitMs,
                Duration.ofMillis(waitMs));
        for (JsonNode entry : page.path("messages")) {
            lastSeq = Math.max(lastSeq, entry.path("seq").asLong());
            if ("from-bot".equals(entry.path("direction").asText())) {
                Message message = Messages.messageFromJson(entry.path("message").toString());
                // What the platform said in the bot's place ("I'm still getting set up") is not the bot's.
                (entry.path("byPlatform").asBoolean(false) ? platform : unread).add(message);
            }
        }
    }
}

package dev.kikbot.testkit.internal;

import dev.kikbot.api.message.FriendPickerResponse;
import dev.kikbot.api.message.Keyboard;
import dev.kikbot.api.message.KeyboardMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.Messages;
import dev.kikbot.api.message.PictureResponse;
import dev.kikbot.api.message.SuggestedResponse;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.TextResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The words of the kit's failure messages: what the bot sent, one message a line. Not part of the kit's API. */
public final class Describe {

    private static final int DELIVERIES_SHOWN = 5;

    private Describe() {
    }

    /** @return {@code text "hi" [Link | Picture]}, or the message's JSON for other types */
    public static String message(Message message) {
        if (message instanceof TextMessage text) {
            String keyboard = text.keyboards().isEmpty() ? "" : " " + labels(text.keyboards());
            return "text \"" + text.body().orElse("") + "\"" + keyboard;
        }
        return message.type() + " " + Messages.toJson(message);
    }

    /** @return the messages, one indented line each, or {@code nothing} */
    public static String messages(List<Message> messages) {
        if (messages.isEmpty()) {
            return "nothing";
        }
        return messages.stream().map(m -> "\n    " + message(m)).collect(Collectors.joining());
    }

    /**
     * @return the labels of the responses {@code user} sees under {@code message}: the keyboard addressed to
     *     the user, or else the one addressed to everyone; empty if neither
     */
    public static List<String> offered(KeyboardMessage message, String user) {
        return keyboardFor(message.keyboards(), user).map(k -> k.responses().stream().map(Describe::label).toList())
                .orElse(List.of());
    }

    /** @return what each of the bot's messages offers the user, for a tap that found nothing */
    public static String offers(List<Message> sent, String user) {
        List<String> lines = sent.stream()
                .filter(m -> m instanceof KeyboardMessage k && !k.keyboards().isEmpty())
                .map(m -> "\n    " + message(m) + " offers " + offered((KeyboardMessage) m, user)).toList();
        return lines.isEmpty() ? "the bot sent no message with a keyboard" : "the bot sent:" + String.join("", lines);
    }

    /** @return why waiting for {@code count} of {@code what} failed, with what came and the webhook's record */
    public static String timeout(Object chat, int count, String what, Duration timeout, List<Message> found,
            List<Message> read, List<Message> platform, List<String> deliveries) {
        StringBuilder text = new StringBuilder("Expected ").append(count).append(' ').append(what)
                .append(" from the bot in ").append(chat).append(" within ").append(timeout.toMillis())
                .append(" ms, but got ").append(found.size()).append('.');
        text.append("\n  The bot sent in this chat: ").append(messages(read));
        if (!platform.isEmpty()) {
            text.append("\n  The platform sent in the bot's place: ").append(messages(platform));
        }
        List<String> recent = deliveries.subList(Math.max(0, deliveries.size() - DELIVERIES_SHOWN), deliveries.size());
        text.append("\n  Latest webhook deliveries to the bot: ")
                .append(recent.isEmpty() ? "none (has it a webhook?)" : String.join("; ", recent));
        return text.toString();
    }

    private static Optional<SuggestedResponseKeyboard> keyboardFor(List<Keyboard> keyboards, String user) {
        Optional<SuggestedResponseKeyboard> own = suggested(keyboards, user);
        return own.isPresent() ? own : suggested(keyboards, null);
    }

    private static Optional<SuggestedResponseKeyboard> suggested(List<Keyboard> keyboards, String to) {
        return keyboards.stream().filter(k -> k instanceof SuggestedResponseKeyboard)
                .filter(k -> to == null ? k.to().isEmpty() : k.to().filter(to::equals).isPresent())
                .map(SuggestedResponseKeyboard.class::cast).findFirst();
    }

    private static String labels(List<Keyboard> keyboards) {
        return keyboards.stream().filter(k -> k instanceof SuggestedResponseKeyboard)
                .map(k -> ((SuggestedResponseKeyboard) k).responses().stream().map(Describe::label)
                        .collect(Collectors.joining(" | ", k.to().map(to -> "[to " + to + ": ").orElse("["), "]")))
                .collect(Collectors.joining(" "));
    }

    /** @return a text response's body, a picture response's URL, a friend picker's body (or its type) */
    public static String label(SuggestedResponse response) {
        if (response instanceof TextResponse text) {
            return text.body().orElse(response.type());
        }
        if (response instanceof PictureResponse picture) {
            return picture.picUrl().orElse(response.type());
        }
        if (response instanceof FriendPickerResponse picker) {
            return picker.body().orElse(response.type());
        }
        return response.type();
    }
}

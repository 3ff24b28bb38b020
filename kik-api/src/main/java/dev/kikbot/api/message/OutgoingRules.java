package dev.kikbot.api.message;

import dev.kikbot.api.KikValidationException;
import dev.kikbot.api.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a message must follow to be sent to {@code POST /v1/message} or {@code /v1/broadcast}, and the
 * Bot API's send limits. {@link dev.kikbot.api.KikApi} checks them before any request; a server that
 * receives messages (such as an emulator) can check them the same way.
 *
 * <p>The rules: every message has a valid {@code to}; each type has its primary field (text {@code body},
 * link {@code url}, picture {@code picUrl}, video {@code videoUrl}, is-typing {@code isTyping}, read-receipt
 * {@code messageIds}); types Kik only ever delivered to bots (start-chatting, scan-data, sticker,
 * friend-picker, delivery-receipt) are not sent; presets attribute only pictures and videos; keyboard
 * recipients and mentions are valid usernames; text and picture responses have their text and picture;
 * delays are not negative. Types this library does not know are passed through unchecked beyond {@code to}.
 */
public final class OutgoingRules {

    /** Kik usernames: 2 to 32 letters, digits, underscores and dots. */
    public static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9_.]{2,32}$");
    /** At most this many messages in one {@code POST /v1/message}. */
    public static final int MAX_MESSAGES_PER_REQUEST = 25;
    /** At most this many messages to one recipient in one {@code POST /v1/message}. */
    public static final int MAX_MESSAGES_PER_RECIPIENT = 5;
    /** At most this many messages in one {@code POST /v1/broadcast}. */
    public static final int MAX_BROADCAST_MESSAGES = 100;

    private static final Set<String> INCOMING_ONLY = Set.of(StartChattingMessage.TYPE, ScanDataMessage.TYPE,
            StickerMessage.TYPE, FriendPickerMessage.TYPE, DeliveryReceiptMessage.TYPE);

    private OutgoingRules() {
    }

    /**
     * @param username a candidate username
     * @return whether it is a valid Kik username
     */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    /**
     * Checks messages before sending.
     *
     * @param messages the messages, indexed in violations by their position here
     * @throws KikValidationException naming every broken rule, if there is one
     */
    public static void validate(List<? extends Message> messages) {
        List<Violation> violations = check(messages);
        if (!violations.isEmpty()) {
            throw new KikValidationException(violations);
        }
    }

    /**
     * @param messages the messages to check
     * @return every broken rule, in message order; empty when all may be sent
     */
    public static List<Violation> check(List<? extends Message> messages) {
        Objects.requireNonNull(messages, "messages");
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            if (message == null) {
                violations.add(new Violation(i, "message", "must not be null"));
            } else {
                new Checker(i, violations).message(message);
            }
        }
        return violations;
    }

    private record Checker(int index, List<Violation> violations) {

        void message(Message message) {
            if (INCOMING_ONLY.contains(message.type())) {
                fail("type", "'" + message.type() + "' is an incoming-only type and cannot be sent");
            }
            username("to", message.to().orElse(null), true);
            username("mention", message.mention().orElse(null), false);
            notNegative("delay", message.delay().orElse(null));
            if (message instanceof TextMessage text) {
                required("body", text.body().isPresent());
                notNegative("typeTime", text.typeTime().orElse(null));
            } else if (message instanceof LinkMessage link) {
                required("url", link.url().isPresent());
                if (link.attribution().orElse(null) instanceof PresetAttribution preset) {
                    fail("attribution", "preset '" + preset.name() + "' is only valid on picture and video");
                }
            } else if (message instanceof PictureMessage picture) {
                required("picUrl", picture.picUrl().isPresent());
            } else if (message instanceof VideoMessage video) {
                required("videoUrl", video.videoUrl().isPresent());
            } else if (message instanceof IsTypingMessage typing) {
                required("isTyping", typing.hasIsTyping());
            } else if (message instanceof ReadReceiptMessage receipt) {
                required("messageIds", !receipt.messageIds().isEmpty());
            }
            // Incoming-only types are reported above; unknown types are the server's to judge.
            if (message instanceof KeyboardMessage withKeyboards) {
                keyboards(withKeyboards.keyboards());
            }
        }

        private void keyboards(List<Keyboard> keyboards) {
            for (int k = 0; k < keyboards.size(); k++) {
                Keyboard keyboard = keyboards.get(k);
                String path = "keyboards[" + k + "]";
                username(path + ".to", keyboard.to().orElse(null), false);
                if (keyboard instanceof SuggestedResponseKeyboard suggested) {
                    List<SuggestedResponse> responses = suggested.responses();
                    for (int r = 0; r < responses.size(); r++) {
                        response(path + ".responses[" + r + "]", responses.get(r));
                    }
                }
            }
        }

        private void response(String path, SuggestedResponse response) {
            if (response instanceof TextResponse text) {
                required(path + ".body", text.body().isPresent());
            } else if (response instanceof PictureResponse picture) {
                required(path + ".picUrl", picture.picUrl().isPresent());
            } else if (response instanceof FriendPickerResponse picker) {
                if (picker.min().isPresent() && picker.max().isPresent()
                        && picker.min().getAsInt() > picker.max().getAsInt()) {
                    fail(path + ".min", "must not be greater than max");
                }
                for (int p = 0; p < picker.preselected().size(); p++) {
                    username(path + ".preselected[" + p + "]", picker.preselected().get(p), true);
                }
            }
        }

        private void username(String field, String value, boolean required) {
            if (value == null) {
                if (required) {
                    fail(field, "is required");
                }
            } else if (!USERNAME.matcher(value).matches()) {
                fail(field, "'" + value + "' is not a valid username (" + USERNAME.pattern() + ")");
            }
        }

        private void required(String field, boolean present) {
            if (!present) {
                fail(field, "is required");
            }
        }

        private void notNegative(String field, Duration value) {
            if (value != null && value.isNegative()) {
                fail(field, "must not be negative");
            }
        }

        private void fail(String field, String rule) {
            violations.add(new Violation(index, field, rule));
        }
    }
}

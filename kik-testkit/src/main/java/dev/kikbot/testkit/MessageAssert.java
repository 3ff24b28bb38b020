package dev.kikbot.testkit;

import dev.kikbot.api.message.KeyboardMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.testkit.internal.Describe;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on a message the bot sent, whose failures show the whole message:
 *
 * <pre>{@code
 * assertMessage(chat.awaitReply()).isText("Hi alice!").offers("Link", "Picture");
 * }</pre>
 *
 * <p>Failures are opentest4j's {@link AssertionFailedError} with expected and actual values, which IDEs show
 * as a diff. Named {@code assertMessage} so that it sits beside AssertJ's {@code assertThat} in one test.
 */
public final class MessageAssert {

    private final Message actual;

    private MessageAssert(Message actual) {
        this.actual = Objects.requireNonNull(actual, "actual");
    }

    /** @return assertions on {@code message} */
    public static MessageAssert assertMessage(Message message) {
        return new MessageAssert(message);
    }

    /** Checks that the message is a text message with exactly this body. */
    public MessageAssert isText(String body) {
        if (!(actual instanceof TextMessage text) || !text.body().orElse("").equals(body)) {
            throw new AssertionFailedError("Expected the bot to send text \"" + body + "\" but it sent "
                    + Describe.message(actual), "text \"" + body + "\"", Describe.message(actual));
        }
        return this;
    }

    /** Checks that the message is a text message whose body starts with {@code prefix}. */
    public MessageAssert isTextStartingWith(String prefix) {
        if (!(actual instanceof TextMessage text) || !text.body().orElse("").startsWith(prefix)) {
            throw new AssertionFailedError("Expected the bot to send text starting with \"" + prefix
                    + "\" but it sent " + Describe.message(actual));
        }
        return this;
    }

    /**
     * Checks the message's type.
     *
     * @return the message as that type
     */
    public <T extends Message> T isA(Class<T> type) {
        if (!type.isInstance(actual)) {
            throw new AssertionFailedError("Expected the bot to send a " + type.getSimpleName() + " but it sent "
                    + Describe.message(actual), type.getSimpleName(), actual.getClass().getSimpleName());
        }
        return type.cast(actual);
    }

    /**
     * Checks the suggested responses the message offers its recipient, in order: text responses by body,
     * picture responses by URL, friend pickers by body.
     */
    public MessageAssert offers(String... labels) {
        List<String> expected = Arrays.asList(labels);
        String recipient = actual.to().orElse("");
        List<String> offered = actual instanceof KeyboardMessage keyboarded
                ? Describe.offered(keyboarded, recipient) : List.of();
        if (!offered.equals(expected)) {
            throw new AssertionFailedError("Expected the bot's message to offer " + expected + " but it offers "
                    + offered + ": " + Describe.message(actual), expected, offered);
        }
        return this;
    }

    /** @return the message asserted on */
    public Message message() {
        return actual;
    }
}

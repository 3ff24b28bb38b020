package dev.kikbot.api.message;

import dev.kikbot.api.KikParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Converts messages and keyboards to and from the Bot API's JSON.
 *
 * <p>Reading is lenient where the platform may grow: a message, keyboard or response type this library
 * does not know becomes an {@code Unknown*} object, and unknown fields are kept; both are written back
 * unchanged. It is strict where a known field has the wrong type: {@link KikParseException} names the path,
 * such as {@code messages[1].timestamp}, and what was expected; malformed JSON gives the line and column.
 *
 * <p>Writing gives exactly the wire format: camelCase keys, absent fields left out (never {@code null}),
 * durations and timestamps as whole milliseconds.
 *
 * <pre>{@code
 * List<Message> incoming = Messages.fromJson(webhookBody);   // {"messages":[...]} or [...]
 * String outgoing = Messages.toJson(List.of(reply));          // {"messages":[...]}
 * }</pre>
 */
public final class Messages {

    private Messages() {
    }

    /**
     * Reads messages from a webhook body {@code {"messages":[...]}} or from a bare JSON array.
     *
     * @param json the JSON text
     * @return the messages, in order
     * @throws KikParseException if the JSON is malformed or is not a list of messages
     */
    public static List<Message> fromJson(String json) {
        Objects.requireNonNull(json, "json");
        return WireReader.read(json.getBytes(StandardCharsets.UTF_8), WireReader::messages);
    }

    /**
     * Reads messages from the raw bytes of a webhook body (UTF-8, as Kik sends it) or of a JSON array.
     *
     * @param json the JSON bytes
     * @return the messages, in order
     * @throws KikParseException if the JSON is malformed or is not a list of messages
     */
    public static List<Message> fromJson(byte[] json) {
        Objects.requireNonNull(json, "json");
        return WireReader.read(json, WireReader::messages);
    }

    /**
     * Reads messages from a stream holding a webhook body or a JSON array. The stream is read to its end and
     * not closed.
     *
     * @param json the stream
     * @return the messages, in order
     * @throws KikParseException if the JSON is malformed or is not a list of messages
     * @throws UncheckedIOException if reading the stream fails
     */
    public static List<Message> fromJson(InputStream json) {
        Objects.requireNonNull(json, "json");
        try {
            return fromJson(json.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the messages", e);
        }
    }

    /**
     * Reads one message object.
     *
     * @param json one message, such as {@code {"type":"text","to":"aleem","body":"Hi"}}
     * @return the message
     * @throws KikParseException if the JSON is malformed or is not a message
     */
    public static Message messageFromJson(String json) {
        Objects.requireNonNull(json, "json");
        return WireReader.read(json.getBytes(StandardCharsets.UTF_8), MessageReader::message);
    }

    /**
     * @param message a message
     * @return its JSON object, exactly as on the wire
     */
    public static String toJson(Message message) {
        Objects.requireNonNull(message, "message");
        return WireWriter.toJson(message);
    }

    /**
     * @param messages messages
     * @return the envelope {@code {"messages":[...]}} that both {@code POST /v1/message} and webhooks carry
     */
    public static String toJson(List<? extends Message> messages) {
        Objects.requireNonNull(messages, "messages");
        return WireWriter.envelopeText(messages);
    }

    /**
     * @param messages messages
     * @return the envelope {@code {"messages":[...]}} as UTF-8 bytes, ready to send or sign
     */
    public static byte[] toJsonBytes(List<? extends Message> messages) {
        Objects.requireNonNull(messages, "messages");
        return WireWriter.envelope(messages);
    }

    /**
     * Reads one keyboard object, as found in a message's {@code keyboards} or a configuration's
     * {@code staticKeyboard}.
     *
     * @param json the keyboard's JSON
     * @return a {@link SuggestedResponseKeyboard} or an {@link UnknownKeyboard}
     * @throws KikParseException if the JSON is malformed or is not a keyboard
     */
    public static Keyboard keyboardFromJson(String json) {
        Objects.requireNonNull(json, "json");
        return WireReader.read(json.getBytes(StandardCharsets.UTF_8), KeyboardReader::keyboard);
    }

    /**
     * @param keyboard a keyboard
     * @return its JSON object, exactly as on the wire
     */
    public static String toJson(Keyboard keyboard) {
        Objects.requireNonNull(keyboard, "keyboard");
        return WireWriter.toJson(keyboard);
    }
}

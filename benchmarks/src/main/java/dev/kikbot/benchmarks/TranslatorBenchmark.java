package dev.kikbot.benchmarks;

import dev.kikbot.api.message.CustomAttribution;
import dev.kikbot.api.message.FriendPickerResponse;
import dev.kikbot.api.message.JsonValue;
import dev.kikbot.api.message.LinkMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.PictureResponse;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.TextResponse;
import dev.kikbot.messagepath.BotMessageTranslator;
import dev.kikbot.messagepath.model.CoreMessage;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Bot API messages of the spec's wire vectors (messagepath §8) translated to CoreMessages, against its
 * limit: protobuf encoding of the same CoreMessages. Each translation is checked by
 * {@code MessagepathValidator} and the origin policy inside the translator, so the first benchmark is
 * translation plus validation. One operation covers all five messages.
 */
@State(Scope.Benchmark)
public class TranslatorBenchmark {

    /** V01's first response; S1 is the reply when a user taps it. */
    static final TextResponse YES = TextResponse.builder().body("Yes")
            .metadata(JsonValue.parse("{\"choice\":\"yes\"}")).build();

    /** V01: one keyboard to a user, hidden, two text responses, the first with metadata. */
    static final Message V01 = TextMessage.builder().to("alice_b2x").body("Pizza?")
            .addKeyboard(SuggestedResponseKeyboard.builder().to("alice_b2x").hidden(true)
                    .addResponse(YES)
                    .addResponse(TextResponse.of("No"))
                    .build())
            .build();

    /** V02: a picture response with metadata (the translator makes its own thumbnail and pic_id). */
    static final Message V02 = TextMessage.builder().to("alice_b2x").body("Which one?")
            .addKeyboard(SuggestedResponseKeyboard.of(PictureResponse.of("https://bots.example.com/full/1.jpg",
                    JsonValue.parse("{\"product\":1298373}"))))
            .build();

    /** V03: a friend picker with two preselected users (the translator writes only the v2 JID). */
    static final Message V03 = TextMessage.builder().to("alice_b2x").body("Invite?")
            .addKeyboard(SuggestedResponseKeyboard.builder().to("alice_b2x")
                    .addResponse(FriendPickerResponse.builder().body("Pick friends").min(1).max(3)
                            .preselected("bob.smith", "carol_9kq").metadata(JsonValue.of("invite")).build())
                    .build())
            .build();

    /** V07, first item: a link with title, text, picture, attribution and a keyboard. */
    static final Message V07 = LinkMessage.builder().to("alice_b2x").url("https://example.com/a")
            .title("Article A").text("Summary A").picUrl("https://example.com/a.jpg")
            .attribution(CustomAttribution.of("Example News", "https://example.com/icon.png"))
            .addKeyboard(SuggestedResponseKeyboard.of(TextResponse.of("More like this")))
            .build();

    static final List<Message> OUTGOING = List.of(V01, V02, V03, V07);

    /** The CoreMessages the translator makes of them, in order, S1's reply last. */
    static final List<CoreMessage> TRANSLATED = List.of(
            BotMessageTranslator.toCoreMessage(V01), BotMessageTranslator.toCoreMessage(V02),
            BotMessageTranslator.toCoreMessage(V03), BotMessageTranslator.toCoreMessage(V07),
            BotMessageTranslator.keyboardReply(YES));

    @Benchmark
    public void kikbot(Blackhole out) {
        for (Message message : OUTGOING) {
            out.consume(BotMessageTranslator.toCoreMessage(message));
        }
        out.consume(BotMessageTranslator.keyboardReply(YES));
    }

    @Benchmark
    public void limitProtobufEncode(Blackhole out) {
        for (CoreMessage message : TRANSLATED) {
            out.consume(message.toByteArray());
        }
    }
}

package dev.kikbot.bot;

import static dev.kikbot.bot.Harness.envelope;
import static dev.kikbot.bot.Harness.message;
import static dev.kikbot.bot.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.UnknownMessage;
import dev.kikbot.bot.Harness.Transport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** kik-node's message-routing cases (spec §10.2), over real HTTP to the JDK server and to the servlet. */
class RoutingTest {

    @ParameterizedTest
    @EnumSource(Transport.class)
    void routesIncomingMessagesAnywhere(Transport transport) throws Exception {
        List<Message> seen = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b.use((m, ctx) -> seen.add(m)))) {
            assertThat(h.post(envelope(text("laura", "hi"), message("future-type", "laura", "\"x\":1"))).statusCode())
                    .isEqualTo(200);
        }
        assertThat(seen).extracting(Message::type).containsExactly("text", "future-type");
        assertThat(seen.get(1)).isInstanceOf(UnknownMessage.class);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void stopsRoutingAfterBeingHandled(Transport transport) throws Exception {
        AtomicInteger later = new AtomicInteger();
        try (Harness h = new Harness(transport, b -> b
                .use((m, ctx) -> ctx.ignore())
                .use((m, ctx) -> later.incrementAndGet()))) {
            assertThat(h.post(envelope(text("laura", "hi"))).statusCode()).isEqualTo(200);
        }
        assertThat(later).hasValue(0);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void routesTextMessagesToTextHandlersAndNotContentMessages(Transport transport) throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b
                .onText((m, ctx) -> seen.add("text " + m.body().orElse("")))
                .onPicture((m, ctx) -> seen.add("picture " + m.picUrl().orElse(""))))) {
            h.post(envelope(text("laura", "hi"), message("picture", "aleem", "\"picUrl\":\"http://p\"")));
        }
        assertThat(seen).containsExactly("text hi", "picture http://p");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void routingRespectsOrderingAndNext(Transport transport) throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b
                .use((m, ctx) -> {
                    order.add("first");
                    ctx.next();
                    ctx.next(); // calling next twice is harmless
                })
                .onText((m, ctx) -> {
                    order.add("second");
                    ctx.next();
                })
                .onText("hi", (m, ctx) -> {
                    order.add("third");
                    ctx.ignore();
                })
                .use((m, ctx) -> order.add("never")))) {
            assertThat(h.post(envelope(text("laura", "hi"))).statusCode()).isEqualTo(200);
        }
        assertThat(order).containsExactly("first", "second", "third");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aHandlerThatReturnsWithoutNextEndsTheChain(Transport transport) throws Exception {
        AtomicInteger later = new AtomicInteger();
        try (Harness h = new Harness(transport, b -> b
                .use((m, ctx) -> { })
                .use((m, ctx) -> later.incrementAndGet()))) {
            h.post(envelope(text("laura", "hi")));
        }
        assertThat(later).hasValue(0);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void handlesAllMessageTypesEachWithItsOwnHandler(Transport transport) throws Exception {
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        MessageHandler<Message> count = (m, ctx) -> counts.computeIfAbsent(m.type(), t -> new AtomicInteger())
                .incrementAndGet();
        String[] types = {"text", "link", "picture", "video", "start-chatting", "scan-data", "sticker", "is-typing",
            "delivery-receipt", "read-receipt", "friend-picker"};
        String[] messages = new String[types.length * 2];
        for (int i = 0; i < messages.length; i++) {
            messages[i] = message(types[i % types.length], "user" + i, "");
        }
        try (Harness h = new Harness(transport, b -> b
                .onText(count::handle).onLink(count::handle).onPicture(count::handle).onVideo(count::handle)
                .onStartChatting(count::handle).onScanData(count::handle).onSticker(count::handle)
                .onIsTyping(count::handle).onDeliveryReceipt(count::handle).onReadReceipt(count::handle)
                .onFriendPicker(count::handle))) {
            assertThat(h.post(envelope(messages)).statusCode()).isEqualTo(200);
        }
        assertThat(counts).hasSize(11).allSatisfy((type, n) -> assertThat(n).hasValue(2));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void regexesMatchTextAndExposeTheirGroups(Transport transport) throws Exception {
        List<String> matched = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b.onText(Pattern.compile("^hello (\\w+)"),
                (m, ctx) -> matched.add(ctx.match().orElseThrow().group(1))))) {
            h.post(envelope(text("a1", "hello world"), text("b2", "say hello there"), text("c3", "hello you"),
                    message("text", "d4", "")));
        }
        assertThat(matched).containsExactlyInAnyOrder("world", "you");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aThrowingHandlerDoesNotStopTheOtherMessages(Transport transport) throws Exception {
        List<String> handled = new CopyOnWriteArrayList<>();
        try (Harness h = new Harness(transport, b -> b.onText((m, ctx) -> {
            if (m.body().orElse("").equals("boom")) {
                throw new IllegalStateException("handler failed");
            }
            handled.add(m.body().orElse(""));
        }))) {
            assertThat(h.post(envelope(text("a1", "one"), text("b2", "boom"), text("c3", "three"))).statusCode())
                    .isEqualTo(200);
        }
        assertThat(handled).containsExactly("one", "three");
    }
}

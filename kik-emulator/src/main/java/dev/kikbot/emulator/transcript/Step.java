package dev.kikbot.emulator.transcript;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.message.DeliveryReceiptMessage;
import dev.kikbot.api.message.ReadReceiptMessage;
import dev.kikbot.emulator.store.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One turn of a transcript: what a user sent the bot, and the messages the bot sent before the next one.
 * Receipts to the bot are left out (the platform makes them again in a replay), and so is what the platform
 * said in the bot's name (it is not the bot's answer).
 *
 * @param sent the message to the bot, as its webhook received it
 * @param expected the bot's messages that followed
 */
record Step(ObjectNode sent, List<ObjectNode> expected) {

    private static final Set<String> NOT_USERS = Set.of(DeliveryReceiptMessage.TYPE, ReadReceiptMessage.TYPE);

    Step {
        expected = List.copyOf(expected);
    }

    /** @return the transcript's turns, in order; the bot's messages before the first turn are not in any */
    static List<Step> of(Transcript transcript) {
        List<Step> steps = new ArrayList<>();
        ObjectNode sent = null;
        List<ObjectNode> answers = new ArrayList<>();
        for (Transcript.Entry entry : transcript.messages()) {
            if (entry.direction() == Direction.TO_BOT && !NOT_USERS.contains(entry.message().path("type").asText())) {
                if (sent != null) {
                    steps.add(new Step(sent, answers));
                }
                sent = entry.message();
                answers = new ArrayList<>();
            } else if (entry.direction() == Direction.FROM_BOT && !entry.byPlatform() && sent != null) {
                answers.add(entry.message());
            }
        }
        if (sent != null) {
            steps.add(new Step(sent, answers));
        }
        return steps;
    }
}

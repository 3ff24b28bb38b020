package dev.kikbot.emulator.store;

import java.util.List;
import java.util.Objects;

/**
 * A Bot API call the emulator refused, as stored: how a developer learns why Kik would not take a message.
 *
 * @param id its place among refusals: larger is later
 * @param afterSeq the newest message stored when it was refused, where it belongs in a chat's history
 * @param chatIds the chats it concerned, as far as its body tells
 */
public record Refusal(long id, long afterSeq, ApiCall call, List<String> chatIds) {

    /** Checks the fields and freezes the chat ids. */
    public Refusal {
        Objects.requireNonNull(call, "call");
        chatIds = List.copyOf(chatIds);
    }
}

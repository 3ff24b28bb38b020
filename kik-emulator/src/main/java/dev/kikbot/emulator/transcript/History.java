package dev.kikbot.emulator.transcript;

import dev.kikbot.emulator.store.Store;
import dev.kikbot.emulator.store.StoredMessage;
import java.util.ArrayList;
import java.util.List;

/** A chat's whole history, read from the store a page at a time. */
final class History {

    private static final int PAGE = 500;

    private History() {
    }

    /** @return every message of the chat after {@code afterSeq}, oldest first */
    static List<StoredMessage> after(Store store, String chatId, long afterSeq) {
        List<StoredMessage> all = new ArrayList<>();
        long last = afterSeq;
        List<StoredMessage> page;
        do {
            page = store.messages(chatId, last, PAGE);
            all.addAll(page);
            if (!page.isEmpty()) {
                last = page.get(page.size() - 1).seq();
            }
        } while (page.size() == PAGE);
        return all;
    }
}

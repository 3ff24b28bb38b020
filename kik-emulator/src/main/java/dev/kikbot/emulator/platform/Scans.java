package dev.kikbot.emulator.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.api.message.ScanDataMessage;
import dev.kikbot.emulator.http.ApiError;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.store.Chat;
import dev.kikbot.emulator.store.KikCode;
import dev.kikbot.emulator.store.Store;

/**
 * A user scans a Kik Code: the bot that made it receives {@code scan-data} with the code's data in their
 * direct chat. A scan is the user chatting with the bot: it opens the chat (with its start-chatting) if the
 * user never had, so the bot may answer and fetch the profile.
 */
public final class Scans {

    private final Store store;
    private final Chats chats;
    private final Inbound inbound;

    public Scans(Store store, Chats chats, Inbound inbound) {
        this.store = store;
        this.chats = chats;
        this.inbound = inbound;
    }

    /**
     * @param body {@code {"user"}}
     * @return the scan-data message as the bot's webhook receives it
     * @throws ApiError 404 for an unknown code, 400 for an unknown user
     */
    public String scan(String codeId, ObjectNode body) {
        KikCode code = store.code(codeId).orElseThrow(() -> ApiError.notFound("There is no Kik Code '" + codeId + "'"));
        String user = Json.requiredString(body, "user");
        if (store.user(user).isEmpty()) {
            throw ApiError.badRequest("user: there is no user '" + user + "'");
        }
        Chat chat = chats.openDirect(code.bot(), user).chat();
        ScanDataMessage.Builder scan = ScanDataMessage.builder();
        code.data().ifPresent(scan::data);
        return inbound.accept(chat, user, scan.build(), false);
    }
}

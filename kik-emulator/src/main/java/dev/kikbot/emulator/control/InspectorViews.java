package dev.kikbot.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kikbot.emulator.http.Json;
import dev.kikbot.emulator.store.ApiCall;
import dev.kikbot.emulator.store.DeliveryAttempt;
import dev.kikbot.emulator.store.Inspection;
import dev.kikbot.emulator.store.KikCode;
import dev.kikbot.emulator.store.Refusal;
import dev.kikbot.emulator.store.WebhookRequest;
import java.util.HexFormat;
import java.util.List;

/** The JSON of what the web page's inspector shows. Absent optional fields are {@code null}, never missing. */
final class InspectorViews {

    private InspectorViews() {
    }

    static ObjectNode inspection(Inspection inspection) {
        ObjectNode node = Json.object().put("seq", inspection.message().seq())
                .put("chatId", inspection.message().chatId())
                .put("direction", inspection.message().direction().wire());
        ArrayNode requests = node.putArray("webhookRequests");
        List<DeliveryAttempt> attempts = inspection.attempts();
        for (int i = 0; i < attempts.size(); i++) {
            requests.add(attempt(i + 1, attempts.get(i)));
        }
        if (inspection.apiCall().isPresent()) {
            node.set("apiCall", call(inspection.apiCall().get()));
        } else {
            node.putNull("apiCall");
        }
        node.set("coreMessage", inspection.message().coreJson().map(Json::tree).orElse(null));
        node.put("coreMessageHex", inspection.coreProto().map(HexFormat.of()::formatHex).orElse(null));
        return node;
    }

    /** An attempt as {@code GET /bots/{name}/deliveries} lists it, with its number and the request as sent. */
    private static ObjectNode attempt(int number, DeliveryAttempt attempt) {
        ObjectNode node = Views.attempt(attempt).put("attempt", number);
        node.put("url", attempt.request().map(WebhookRequest::url).orElse(null));
        if (attempt.request().isPresent()) {
            ObjectNode headers = node.putObject("headers");
            attempt.request().get().headers().forEach(header -> headers.put(header.name(), header.value()));
        } else {
            node.putNull("headers");
        }
        node.put("body", attempt.request().map(WebhookRequest::body).orElse(null));
        return node;
    }

    private static ObjectNode call(ApiCall call) {
        return Json.object().put("method", call.method()).put("path", call.path()).put("time", call.receivedAt())
                .put("status", call.status()).put("body", call.requestBody());
    }

    /** A refused call, with the {@code error} and {@code message} of the emulator's answer. */
    static ObjectNode refusal(Refusal refusal) {
        ApiCall call = refusal.call();
        JsonNode answer = call.answerBody().map(InspectorViews::lenient).orElse(Json.object());
        ObjectNode node = Json.object().put("id", refusal.id()).put("afterSeq", refusal.afterSeq())
                .put("bot", call.bot()).put("time", call.receivedAt()).put("method", call.method())
                .put("path", call.path()).put("status", call.status())
                .put("error", answer.path("error").asText(null)).put("message", answer.path("message").asText(null))
                .put("requestBody", call.requestBody());
        ArrayNode chats = node.putArray("chatIds");
        refusal.chatIds().forEach(chats::add);
        return node;
    }

    static ObjectNode code(KikCode code) {
        return Json.object().put("id", code.id()).put("data", code.data().orElse(null));
    }

    private static JsonNode lenient(String json) {
        try {
            return Json.tree(json);
        } catch (RuntimeException notJson) {
            return Json.object();
        }
    }
}

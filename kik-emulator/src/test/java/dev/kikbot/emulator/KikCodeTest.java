package dev.kikbot.emulator;

import static dev.kikbot.emulator.SendMessageTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kik Codes: a scan brings the bot the code's data, and the code's picture is drawn at the SDKs' URLs. */
class KikCodeTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final Stage stage = Stage.start().user("alice");

    @AfterEach
    void close() {
        stage.close();
    }

    private String code(String data) {
        Http.Answer made = stage.bot.post("/v1/code", "{\"data\":\"" + data + "\"}");
        assertThat(made.status()).as("%s", made).isEqualTo(200);
        return made.json().get("id").asText();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(stage.emulator.url() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private BufferedImage png(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    @Test
    void aScanBringsTheBotTheCodesDataInTheUsersDirectChat() {
        String id = code("{\\\"table\\\":7}");

        Http.Answer scan = stage.control.post(Stage.CONTROL + "/codes/" + id + "/scans", "{\"user\":\"alice\"}");

        assertThat(scan.status()).as("%s", scan).isEqualTo(201);
        JsonNode message = scan.json().get("message");
        assertThat(message.get("type").asText()).isEqualTo("scan-data");
        assertThat(message.get("data").asText()).isEqualTo("{\"table\":7}");
        assertThat(message.get("from").asText()).isEqualTo("alice");
        assertThat(message.get("chatId").asText()).isEqualTo(stage.chat("alice"));
        assertThat(stage.messages(message.get("chatId").asText()).get(0).get("message").get("type").asText())
                .isEqualTo("start-chatting");
        assertThat(stage.bot.get("/v1/user/alice").status()).as("a scan is chatting").isEqualTo(200);
    }

    @Test
    void scansOfUnknownCodesOrByUnknownUsersAreRefused() {
        String id = code("x");

        assertThat(stage.control.post(Stage.CONTROL + "/codes/" + "0".repeat(40) + "/scans", "{\"user\":\"alice\"}")
                .status()).isEqualTo(404);
        assertRefused(stage.control.post(Stage.CONTROL + "/codes/" + id + "/scans", "{\"user\":\"ghost\"}"),
                "user: there is no user 'ghost'");
    }

    @Test
    void theCodesPictureIsAPngInTheAskedColourTheSameEveryTime() throws Exception {
        String id = code("x");

        BufferedImage blue = png("/v1/code/" + id);
        BufferedImage sunshine = png("/v1/code/" + id + "?c=5");

        assertThat(blue.getWidth()).isEqualTo(512);
        assertThat(blue.getRGB(256, 256) & 0xFFFFFF).as("the centre dot, Kik Blue").isEqualTo(0x42B4E6);
        assertThat(sunshine.getRGB(256, 256) & 0xFFFFFF).as("Sunshine").isEqualTo(0xF8CB1C);
        assertThat(get("/v1/code/" + id).body()).isEqualTo(get("/v1/code/" + id).body());
        assertThat(get("/v1/code/" + code("y")).body()).isNotEqualTo(get("/v1/code/" + id).body());
    }

    @Test
    void kikNodesUrlShapesAreServedAtTheirSize() throws Exception {
        String id = code("x");

        assertThat(png("/api/v1/images/remote/" + id + "/128x256.png?c=1").getHeight()).isEqualTo(256);
        assertThat(png("/api/v1/images/username/" + Stage.BOT + "/64x64.png").getWidth()).isEqualTo(64);
    }

    @Test
    void unknownCodesBadColoursAndSizesAreRefused() throws Exception {
        String id = code("x");

        assertThat(get("/v1/code/" + "0".repeat(40)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/images/username/ghost/64x64.png").statusCode()).isEqualTo(404);
        assertThat(get("/v1/code/" + id + "?c=16").statusCode()).isEqualTo(400);
        assertThat(get("/v1/code/" + id + "?c=blue").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/images/remote/" + id + "/8x8.png").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/images/remote/" + id + "/4096x64.png").statusCode()).isEqualTo(400);
    }
}

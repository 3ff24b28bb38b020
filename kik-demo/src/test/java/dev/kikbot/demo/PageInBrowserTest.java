package dev.kikbot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kikbot.api.KikSignature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A person uses the demo in a real headless Chromium: the page of the emulator, the showcase bot in the same
 * process. The steps run in order, one screen after another, each leaving a screenshot in
 * {@code target/screenshots}; the page's own qualities (a clean console, every control reachable by keyboard
 * and named) are checked on the screens the journey reached.
 */
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class PageInBrowserTest {

    private static final String GREETING = "Hi carol! I am a showcase of Kik bots. Pick one:";

    private Demo demo;
    private Control control;
    private Browser browser;
    private ChatPage page;
    private PageDialogs dialogs;

    @RegisterExtension
    final Journey journey = new Journey(name -> {
        if (browser != null) {
            browser.screenshot(name);
        }
    });

    @BeforeAll
    void startTheDemoAndTheBrowser() {
        demo = Demo.start("127.0.0.1", 0, ":memory:");
        control = new Control(demo.url());
        browser = Browser.start();
        page = new ChatPage(browser);
        dialogs = new PageDialogs(browser, page);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void aPersonOpensThePageAndCreatesAUser() {
        page.open(demo.pageUrl());
        page.createUser("carol", "Carol", "Danvers");

        assertThat(page.currentUser()).isEqualTo("carol");
        browser.screenshot("01-user-created");
    }

    @Test
    @Order(2)
    void theyChatWithTheShowcaseBot() {
        page.openDirectChat(Demo.BOT);
        page.awaitMessage(0, "from-bot", "text", GREETING);
        long greeted = page.lastSeq();

        page.say("hello");

        page.awaitMessage(greeted, "to-bot", "text", "hello");
        page.awaitMessage(greeted, "from-bot", "text", "You said \"hello\". Try one of these:");
        assertThat(page.response("text", "Link").isDisplayed()).isTrue();
        browser.screenshot("02-chatting");
    }

    @Test
    @Order(3)
    void theyTapATextResponseAndAPictureResponse() {
        long before = page.lastSeq();
        page.tap("text", "Picture");
        long picture = page.awaitMessage(before, "from-bot", "picture", "").seq();
        // The demo serves the bot's pictures itself, so the page shows the real 640x480 picture with no internet,
        // not the emulator's placeholder for media it cannot fetch.
        browser.waiting().until(driver -> (Boolean) browser.driver().executeScript(
                "const img = arguments[0].querySelector('img.picture'); return !!img && img.complete"
                        + " && img.naturalWidth === 640 && img.naturalHeight === 480;", page.message(picture)));

        before = page.lastSeq();
        page.tap("picture", "picture response 4");

        page.awaitMessage(before, "to-bot", "picture", "");
        page.awaitMessage(before, "from-bot", "text", "Nice pick: {\"choice\":\"puppy\"}");
        browser.screenshot("03-responses-tapped");
    }

    @Test
    @Order(4)
    void theyPickFriends() {
        long before = page.lastSeq();

        boolean refusedNone = dialogs.pickFriends("Invite friends", List.of("alice", "bob"));

        assertThat(refusedNone).as("Send picks is disabled while fewer than min (1) are picked").isTrue();
        page.awaitMessage(before, "to-bot", "friend-picker", "");
        String answer = page.awaitMessage(before, "from-bot", "text", "You picked").text();
        assertThat(answer).containsAnyOf("You picked alice, bob.", "You picked bob, alice.");
        browser.screenshot("04-friends-picked");
    }

    @Test
    @Order(5)
    void theyScanTheCodeTheBotMade() {
        long before = page.lastSeq();
        page.tap("text", "Kik Code");
        page.awaitMessage(before, "from-bot", "text", "Scan it to tell me you did.");

        before = page.lastSeq();
        dialogs.scanCode("carol");

        page.awaitMessage(before, "to-bot", "scan-data", "");
        page.awaitMessage(before, "from-bot", "text", "You scanned my code. It says: {\"from\": \"carol\"}");
        browser.screenshot("05-code-scanned");
    }

    @Test
    @Order(6)
    void theyOpenAGroupAndMentionTheBot() {
        dialogs.openGroup(Demo.BOT, List.of("alice", "bob"), "private");

        page.mention(Demo.BOT, "hello group");

        page.awaitMessage(0, "to-bot", "text", "@" + Demo.BOT + " hello group");
        page.awaitMessage(0, "from-bot", "text", ", carol. In a group I hear only what mentions me, and only you get"
                + " these:");
        assertThat(page.response("text", "Link").isDisplayed()).as("the keyboard addressed to carol").isTrue();
        browser.screenshot("06-group-mention");
    }

    @Test
    @Order(7)
    void theInspectorShowsTheSignedWebhookRequestAndTheCoreMessage() throws Exception {
        String chatId = page.openChatId();

        ChatPage.Shown answer = page.awaitMessage(0, "from-bot", "text", "In a group I hear only what mentions me");
        page.inspect(answer.seq());
        JsonNode shown = new ObjectMapper().readTree(page.inspector("inspect-core-json", "keyboardAttachment"));
        JsonNode stored = control.get("/chats/" + chatId + "/messages?after=" + (answer.seq() - 1))
                .get("messages").get(0).get("coreMessage");
        assertThat(shown).isEqualTo(stored);
        assertThat(page.inspector("inspect-core-hex", "").strip()).matches("(?s)[0-9a-fA-F\\s]+");
        assertThat(page.inspector("inspect-api-call", "hello group")).contains("POST /v1/message");
        browser.screenshot("07-inspector-core-message");

        long mention = page.awaitMessage(0, "to-bot", "text", "hello group").seq();
        JsonNode sent = control.get("/chats/" + chatId + "/messages/" + mention + "/inspection")
                .get("webhookRequests").get(0);
        String signature = header(sent.get("headers"), "X-Kik-Signature");
        String apiKey = control.get("/bots/" + Demo.BOT).get("apiKey").asText();
        assertThat(KikSignature.verify(apiKey, signature,
                sent.get("body").asText().getBytes(StandardCharsets.UTF_8))).isTrue();

        page.inspect(mention);

        String webhook = page.inspector("inspect-webhook", signature);
        assertThat(webhook).contains("X-Kik-Signature").contains("X-Kik-Username").contains(demo.webhookUrl());
        assertThat(page.inspector("inspect-answer", "200")).isNotBlank();
        browser.screenshot("07-inspector-webhook-request");
    }

    @Test
    @Order(8)
    void afterAReloadTheChatIsIntact() {
        String chatId = page.openChatId();
        List<ChatPage.Shown> before = page.conversation();

        page.reload();

        browser.waiting().until(driver -> chatId.equals(page.openChatId()));
        assertThat(page.currentUser()).isEqualTo("carol");
        browser.waiting().until(driver -> page.conversation().size() >= before.size());
        assertThat(page.conversation()).isEqualTo(before);
        browser.screenshot("08-after-reload");
    }

    @Test
    @Order(9)
    void everyControlIsReachableByKeyboardAndNamed() {
        page.awaitMessage(0, "from-bot", "text", "In a group I hear only what mentions me");
        assertReachableAndNamed("the group chat");

        // Each dialog holds the keyboard while it is open, so each is walked on its own.
        dialogs.open(browser.find("#new-group"), "New group");
        assertReachableAndNamed("the New group dialog");
        dialogs.escape("New group");
        dialogs.open(browser.find("#scan-code"), "Kik Codes");
        assertReachableAndNamed("the Kik Codes dialog");
        dialogs.escape("Kik Codes");
        dialogs.open(browser.button(browser.find("main[aria-label='Chat']"), "Send link"), "Send link");
        assertReachableAndNamed("the Send link dialog");
        dialogs.escape("Send link");
        dialogs.open(page.response("friend-picker", "Invite friends"), "Pick friends");
        assertReachableAndNamed("the Pick friends dialog");
        dialogs.escape("Pick friends");
    }

    private void assertReachableAndNamed(String screen) {
        KeyboardWalk.Findings walk = KeyboardWalk.walk(browser);

        assertThat(walk.controls()).as("controls on %s", screen).isPositive();
        assertThat(walk.unreached()).as("controls Tab never reached on %s", screen).isEmpty();
        assertThat(walk.unnamed()).as("controls without an accessible name on %s", screen).isEmpty();
    }

    @Test
    @Order(10)
    void theConsoleStayedFreeOfErrorsThroughoutTheJourney() {
        assertThat(page.find("#connection").getAttribute("data-state")).isEqualTo("live");
        assertThat(browser.driver().findElements(By.cssSelector("#conversation li.message.error"))).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** @return a header of a recorded request, whose names the inspection keeps as they were sent */
    private static String header(JsonNode headers, String name) {
        JsonNode value = headers.get(name);
        assertThat(value).as("header %s in %s", name, headers).isNotNull();
        return value.isArray() ? value.get(0).asText() : value.asText();
    }
}

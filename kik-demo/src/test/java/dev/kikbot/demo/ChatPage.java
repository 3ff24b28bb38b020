package dev.kikbot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The emulator's page as {@code docs/web-page.md} describes it: every control found by its id, its
 * accessible name or its {@code data-*} attributes there, and every wait a condition on what the page shows.
 */
final class ChatPage {

    private final Browser browser;

    ChatPage(Browser browser) {
        this.browser = browser;
    }

    void open(String url) {
        browser.driver().get(url);
        awaitReady();
    }

    void reload() {
        browser.driver().navigate().refresh();
        awaitReady();
    }

    private void awaitReady() {
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    void createUser(String username, String firstName, String lastName) {
        WebElement form = browser.find("form#new-user[aria-label='New user']");
        assertThat(form.isDisplayed()).as("the New user form, always visible").isTrue();
        browser.find("#new-username").sendKeys(username);
        browser.find("#new-first-name").sendKeys(firstName);
        browser.find("#new-last-name").sendKeys(lastName);
        browser.button(form, "Create user").click();
        browser.waiting().until(driver -> username.equals(currentUser()));
    }

    String currentUser() {
        return new Select(browser.find("#current-user")).getFirstSelectedOption().getAttribute("value");
    }

    void openDirectChat(String bot) {
        new Select(browser.find("#bot")).selectByValue(bot);
        browser.find("#new-chat").click();
        browser.waiting().until(driver -> openChat().filter(chat -> "direct".equals(chat.getAttribute("data-chat-type"))
                && bot.equals(chat.getAttribute("data-bot"))).isPresent());
    }

    /** @return the chat button marked {@code aria-current}, if a chat is open */
    Optional<WebElement> openChat() {
        return browser.driver().findElements(By.cssSelector("#chats button.chat[aria-current='true']")).stream()
                .findFirst();
    }

    /** @return the open chat's id, once a chat is open */
    String openChatId() {
        return browser.waiting().until(driver -> openChat().map(chat -> chat.getAttribute("data-chat-id"))
                .orElse(null));
    }

    /** A message as the conversation shows it, read in one go: the page may redraw it at any moment. */
    record Shown(long seq, String direction, String type, String text) {
    }

    /** @return the conversation's messages, oldest first; not those held back while the bot "types" them */
    List<Shown> conversation() {
        List<?> rows = (List<?>) browser.driver().executeScript("""
                return [...document.querySelectorAll('#conversation li.message[data-seq]:not([hidden])')].map(m =>
                    [m.dataset.seq, m.dataset.direction, m.dataset.type, m.innerText]);""");
        return rows.stream().map(row -> (List<?>) row).map(row -> new Shown(Long.parseLong(row.get(0).toString()),
                String.valueOf(row.get(1)), String.valueOf(row.get(2)), String.valueOf(row.get(3)))).toList();
    }

    /** @return the highest {@code data-seq} in the conversation, 0 for none */
    long lastSeq() {
        return conversation().stream().mapToLong(Shown::seq).max().orElse(0);
    }

    /** @return the first message after {@code afterSeq} of that direction and type whose text holds {@code text} */
    Shown awaitMessage(long afterSeq, String direction, String type, String text) {
        return browser.waiting().withMessage(() -> direction + " " + type + " message with \"" + text + "\" after seq "
                + afterSeq + "; the conversation shows:\n" + conversationText())
                .until(driver -> conversation().stream().filter(m -> m.seq() > afterSeq
                        && m.direction().equals(direction) && m.type().equals(type) && m.text().contains(text))
                        .findFirst().orElse(null));
    }

    /** @return the message's element, looked up afresh */
    WebElement message(long seq) {
        return browser.find("#conversation li.message[data-seq='" + seq + "']");
    }

    String conversationText() {
        return browser.find("#conversation").getText();
    }

    void say(String text) {
        browser.find("#message").sendKeys(text);
        browser.find("#send").click();
    }

    /** Types {@code @}, completes the bot's name from the mention list with Tab, and sends the rest. */
    void mention(String bot, String text) {
        WebElement message = browser.find("#message");
        message.sendKeys("@");
        WebElement list = browser.visible("#mentions[role='listbox']");
        browser.waiting().until(driver -> list.findElements(By.cssSelector("[role='option']")).stream()
                .anyMatch(option -> option.getText().equals("@" + bot)));
        message.sendKeys(Keys.TAB);
        browser.waiting().until(driver -> message.getAttribute("value").startsWith("@" + bot));
        browser.waiting().until(ExpectedConditions.attributeToBe(browser.find("#keyboard"), "data-static", "true"));
        message.sendKeys(message.getAttribute("value").endsWith(" ") ? text : " " + text);
        browser.find("#send").click();
    }

    WebElement keyboard() {
        return browser.find("#keyboard[role='group']");
    }

    /** Taps a response on the keyboard; looked up again if the keyboard is redrawn under the click. */
    void tap(String type, String label) {
        browser.waiting().until(driver -> {
            response(type, label).click();
            return true;
        });
    }

    /** @return the response of that type on the keyboard whose text (or picture's alt) is {@code label} */
    WebElement response(String type, String label) {
        return browser.waiting().withMessage(() -> type + " response \"" + label + "\"; the keyboard shows: "
                + keyboard().getText()).until(driver -> keyboard().findElements(By.cssSelector(
                        "button.response[data-response-type='" + type + "']")).stream()
                .filter(b -> b.getText().strip().equals(label) || b.findElements(By.cssSelector("img[alt='" + label
                        + "']")).size() > 0)
                .findFirst().orElse(null));
    }

    /** Selects a message for the inspector, as a click does. */
    void inspect(long seq) {
        message(seq).click();
        browser.waiting().until(driver -> "true".equals(message(seq).getAttribute("aria-selected")));
    }

    /** @return the text of an inspector section's {@code <pre>}, once it shows something */
    String inspector(String sectionId, String expected) {
        By pre = By.cssSelector("aside[aria-label='Inspector'] #" + sectionId + " pre");
        browser.waiting().withMessage(() -> "#" + sectionId + " to show " + expected + "; it shows: "
                + browser.find("aside[aria-label='Inspector']").getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(pre, expected));
        return browser.driver().findElement(pre).getText();
    }

    WebElement find(String css) {
        return browser.find(css);
    }
}

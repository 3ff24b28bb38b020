package dev.kikbot.demo;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The page's dialogs as {@code docs/web-page.md} names them: new group, pick friends, Kik Codes, media. */
final class PageDialogs {

    private final Browser browser;
    private final ChatPage page;

    PageDialogs(Browser browser, ChatPage page) {
        this.browser = browser;
        this.page = page;
    }

    void openGroup(String bot, List<String> others, String type) {
        new Select(browser.find("#bot")).selectByValue(bot);
        browser.find("#new-group").click();
        WebElement dialog = browser.visible("dialog[aria-label='New group']");
        for (String other : others) {
            dialog.findElement(By.cssSelector("input[type=checkbox][value='" + other + "']")).click();
        }
        new Select(dialog.findElement(By.id("group-type"))).selectByValue(type);
        browser.button(dialog, "Create group").click();
        browser.waiting().until(driver -> page.openChat().filter(chat -> type.equals(chat.getAttribute("data-chat-type")))
                .isPresent());
    }

    /**
     * Taps the friend picker, picks {@code friends} and sends them.
     *
     * @return whether "Send picks" was disabled while nobody was picked, as the response's min of 1 wants
     */
    boolean pickFriends(String label, List<String> friends) {
        page.tap("friend-picker", label);
        WebElement dialog = browser.visible("dialog[aria-label='Pick friends']");
        WebElement send = browser.button(dialog, "Send picks");
        boolean refusedEmpty = !send.isEnabled();
        for (String friend : friends) {
            dialog.findElement(By.cssSelector("input[type=checkbox][value='" + friend + "']")).click();
        }
        browser.waiting().until(ExpectedConditions.elementToBeClickable(send)).click();
        return refusedEmpty;
    }

    /** Opens the Kik Codes dialog and scans the code whose shown data holds {@code data}. */
    void scanCode(String data) {
        browser.find("#scan-code").click();
        WebElement dialog = browser.visible("dialog[aria-label='Kik Codes']");
        WebElement code = browser.waiting().withMessage(() -> "a code with " + data + "; the dialog shows: "
                + dialog.getText()).until(driver -> dialog.findElements(By.cssSelector("figure.code[data-code-id]"))
                .stream().filter(figure -> figure.getText().contains(data)).findFirst().orElse(null));
        browser.waiting().until(driver -> code.findElement(By.tagName("img")).getAttribute("alt")
                .equals("Kik Code " + code.getAttribute("data-code-id")));
        browser.button(code, "Scan").click();
    }

    /** Clicks {@code opener} and waits for the dialog it opens, as a person would see it. */
    WebElement open(WebElement opener, String dialogLabel) {
        opener.click();
        return browser.visible("dialog[aria-label='" + dialogLabel + "'][open]");
    }

    /** Closes the open dialog with Escape, as a keyboard user does. */
    void escape(String dialogLabel) {
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("dialog[aria-label='" + dialogLabel + "']")));
    }
}

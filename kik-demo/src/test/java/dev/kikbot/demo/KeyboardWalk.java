package dev.kikbot.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Tabs through the page as a keyboard user would and reports the visible controls (buttons, inputs, selects,
 * text areas, links) that Tab never reached, and those without an accessible name. While a modal dialog is
 * open, only its controls count: the rest of the page is inert behind it.
 */
final class KeyboardWalk {

    /** What the walk found. */
    record Findings(int controls, List<String> unreached, List<String> unnamed) {
    }

    /** Marks each visible, enabled control with {@code data-walk=N} and returns how many there are. */
    private static final String MARK = """
            const root = document.querySelector('dialog:modal') || document;
            const controls = [...root.querySelectorAll('button, input, select, textarea, a[href]')].filter(e => {
              if (e.disabled || e.type === 'hidden' || e.closest('dialog:not([open]), [inert], [hidden]')) return false;
              // Inside a closed <details> a control keeps its box but is not rendered, and no one can reach it.
              if (!e.checkVisibility({visibilityProperty: true})) return false;
              const box = e.getBoundingClientRect(), style = getComputedStyle(e);
              return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
            });
            document.querySelectorAll('[data-walk]').forEach(e => e.removeAttribute('data-walk'));
            controls.forEach((e, i) => e.setAttribute('data-walk', String(i)));
            document.activeElement && document.activeElement.blur();
            return controls.length;""";
    private static final String FOCUSED = """
            const e = document.activeElement;
            if (!e || !e.hasAttribute('data-walk')) return null;
            // Only one radio of a group takes Tab; reaching it reaches the group.
            if (e.type === 'radio') return [...document.querySelectorAll('input[type=radio][name="' + e.name + '"]')]
                .map(r => r.getAttribute('data-walk')).filter(w => w !== null).join(',');
            return e.getAttribute('data-walk');""";

    private KeyboardWalk() {
    }

    static Findings walk(Browser browser) {
        JavascriptExecutor js = browser.driver();
        int controls = ((Number) js.executeScript(MARK)).intValue();
        Set<String> reached = new HashSet<>();
        int maxPresses = controls * 3 + 50; // message bubbles take Tab too
        for (int press = 0; press < maxPresses && reached.size() < controls; press++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            Object focused = js.executeScript(FOCUSED);
            if (focused != null) {
                reached.addAll(List.of(focused.toString().split(",")));
            }
        }
        List<String> unreached = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        for (WebElement control : browser.driver().findElements(By.cssSelector("[data-walk]"))) {
            String name = control.getAccessibleName();
            if (!reached.contains(control.getAttribute("data-walk"))) {
                unreached.add(describe(control, name));
            }
            if (name == null || name.isBlank()) {
                unnamed.add(describe(control, name));
            }
        }
        return new Findings(controls, unreached, unnamed);
    }

    private static String describe(WebElement control, String name) {
        String id = control.getAttribute("id");
        return "<" + control.getTagName() + (id == null || id.isEmpty() ? "" : " id=" + id)
                + " name=\"" + name + "\" text=\"" + control.getText().strip() + "\">";
    }
}

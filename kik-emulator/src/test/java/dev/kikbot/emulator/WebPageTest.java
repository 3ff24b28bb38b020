package dev.kikbot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web page's files, served from the jar: {@code index.html} at {@code /}, each file with its content
 * type, and nothing outside the page's folder, however the path is spelled.
 */
class WebPageTest {

    private static Stage stage;

    @BeforeAll
    static void start() {
        stage = Stage.start();
    }

    @AfterAll
    static void stop() {
        stage.close();
    }

    @Test
    void theRootIsThePage() {
        Http.Answer page = stage.control.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(page.body()).startsWith("<!doctype html>").contains("<title>Kik emulator</title>");
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'"));
    }

    /** Everything the page loads is the emulator's: each src and href of the page, each module a module imports. */
    @Test
    void thePageLoadsOnlyItsOwnFilesAndAllOfThemAreServed() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toLoad = new ArrayDeque<>();
        Matcher links = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(stage.control.get("/").body());
        while (links.find()) {
            toLoad.add(links.group(1));
        }
        while (!toLoad.isEmpty()) {
            String path = toLoad.poll();
            if (!seen.add(path)) {
                continue;
            }
            assertThat(path).as("a file of the page").startsWith("/web/");
            Http.Answer file = stage.control.get(path);
            assertThat(file.status()).as(path).isEqualTo(200);
            if (path.endsWith(".js")) {
                Matcher imports = Pattern.compile("from '\\./([a-z-]+\\.js)'").matcher(file.body());
                while (imports.find()) {
                    toLoad.add("/web/" + imports.group(1));
                }
                // No address of elsewhere in a string, and no HTML parsed from text.
                assertThat(file.body()).as(path).doesNotContainPattern("['\"`]https?://")
                        .doesNotContain("innerHTML =").doesNotContain("outerHTML =").doesNotContain("insertAdjacentHTML");
            }
        }
        assertThat(seen).contains("/web/app.js", "/web/page.css", "/web/api.js", "/web/render.js", "/web/inspector.js");
    }

    @ParameterizedTest
    @CsvSource({
        "/web/app.js, text/javascript;charset=utf-8",
        "/web/page.css, text/css;charset=utf-8",
        "/web/index.html, text/html;charset=utf-8",
        "/web/favicon.svg, image/svg+xml",
        "/favicon.ico, image/svg+xml"})
    void eachFileHasItsContentType(String path, String type) {
        Http.Answer file = stage.control.get(path);

        assertThat(file.status()).as(path).isEqualTo(200);
        assertThat(file.header("Content-Type")).hasValue(type);
        assertThat(file.header("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/web/nothing.js", "/web/", "/web/WebPage.class", "/web/app.JS", "/web/.hidden.js",
        "/web/index.html.bak"})
    void whatThePageDoesNotHaveIsNotFound(String path) {
        Http.Answer answer = stage.control.get(path);

        assertThat(answer.status()).as(path).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).isEqualTo("NotFound");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/web/..%2fversion.properties", "/web/%2e%2e%2fversion.properties",
        "/web/..%2f..%2fcli%2flogback.xml", "/web/%2e%2e/version.properties", "/web/../version.properties",
        "/web/..%5cversion.properties", "/dev/kikbot/emulator/version.properties"})
    void noPathReachesOutsideThePagesFolder(String path) {
        Http.Answer answer = stage.control.get(path);

        assertThat(answer.status()).as(path).isBetween(400, 499);
        assertThat(answer.body()).doesNotContain("version=").doesNotContain("<configuration>");
    }
}

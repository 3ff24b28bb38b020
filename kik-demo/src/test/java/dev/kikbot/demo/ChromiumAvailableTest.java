package dev.kikbot.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The browser test's rule: without Chromium it skips loudly on a developer's machine, and fails in CI. */
class ChromiumAvailableTest {

    private static final Path MISSING = Path.of("/nonexistent/chromium");
    private static final Path PRESENT = Path.of(System.getProperty("java.home"), "bin", "java");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void withoutChromiumADeveloperRunSkipsWithALoudLine() {
        ChromiumAvailable rule = new ChromiumAvailable(List.of(PRESENT, MISSING), false, err);

        assertThatThrownBy(() -> rule.require("PageInBrowserTest")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(MISSING + " is missing");
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("*** " + MISSING + " is missing")
                .contains("Skipping PageInBrowserTest.");
    }

    @Test
    void withoutChromiumACiRunFails() {
        ChromiumAvailable rule = new ChromiumAvailable(List.of(MISSING), true, err);

        assertThatThrownBy(() -> rule.require("PageInBrowserTest")).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CI=true, so this fails instead of skipping");
    }

    @Test
    void withEveryToolThereItRuns() {
        ChromiumAvailable rule = new ChromiumAvailable(List.of(PRESENT), true, err);

        assertThatCode(() -> rule.require("PageInBrowserTest")).doesNotThrowAnyException();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

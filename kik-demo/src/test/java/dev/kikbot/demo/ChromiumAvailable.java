package dev.kikbot.demo;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where Debian's {@code chromium} and {@code chromium-driver} are installed. Without
 * them the class is skipped with a loud line on stderr; with {@code CI=true} it fails instead, since CI
 * installs both ({@code .ci/run}) and a skipped browser test there would hide a broken page.
 */
final class ChromiumAvailable implements BeforeAllCallback {

    /** Debian's browser; Selenium is given it, so it never looks for (or downloads) one. */
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Debian's driver, matching its browser. */
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public void beforeAll(ExtensionContext context) {
        for (Path tool : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(tool)) {
                String message = "*** " + tool + " is missing: the emulator's web page cannot be tested in a browser."
                        + " Install Debian's chromium and chromium-driver (.ci/run does). ***";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(message + " CI=true, so this fails instead of skipping.");
                }
                System.err.println(message + " Skipping " + context.getDisplayName() + ".");
                Assumptions.abort(message);
            }
        }
    }
}

package dev.kikbot.demo;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private final List<Path> tools;
    private final boolean ci;
    private final PrintStream err;

    /** The extension JUnit makes: Debian's paths, and {@code CI} from the environment. */
    ChromiumAvailable() {
        this(List.of(CHROMIUM, CHROMEDRIVER), "true".equalsIgnoreCase(System.getenv("CI")), System.err);
    }

    ChromiumAvailable(List<Path> tools, boolean ci, PrintStream err) {
        this.tools = tools;
        this.ci = ci;
        this.err = err;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        require(context.getDisplayName());
    }

    /** Returns if every tool is there; otherwise fails under CI, or skips with a loud line. */
    void require(String testName) {
        for (Path tool : tools) {
            if (!Files.isExecutable(tool)) {
                String message = "*** " + tool + " is missing: the emulator's web page cannot be tested in a browser."
                        + " Install Debian's chromium and chromium-driver (.ci/run does). ***";
                if (ci) {
                    fail(message + " CI=true, so this fails instead of skipping.");
                }
                err.println(message + " Skipping " + testName + ".");
                Assumptions.abort(message);
            }
        }
    }
}

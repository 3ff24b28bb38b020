package dev.kikbot.demo;

import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Ordered steps of one journey through the page: once a step fails, the steps after it are skipped (they
 * would only fail on the screen it left behind), and the failure's screen is kept for whoever reads it.
 */
final class Journey implements BeforeEachCallback, TestWatcher {

    private final Consumer<String> keepScreen;
    private String failedStep;

    /** @param keepScreen saves a screenshot under the name it is given */
    Journey(Consumer<String> keepScreen) {
        this.keepScreen = keepScreen;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(failedStep == null, () -> "skipped: the earlier step " + failedStep + " failed");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        failedStep = context.getRequiredTestMethod().getName();
        keepScreen.accept("failed-" + failedStep);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        // Skipped after an earlier failure, or without Chromium: nothing new to keep.
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        // Nothing ran.
    }
}

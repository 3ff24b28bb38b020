package dev.kikbot.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The emulator's log appears for a failed test and only then. Runs test classes of its own through the JUnit
 * launcher, with standard output captured; surefire skips nested classes, so they run only from here.
 */
class LogOnFailureTest {

    /** A bot whose webhook refuses connections: the emulator logs a WARN line for the failed delivery. */
    @ExtendWith(KikEmulatorExtension.class)
    static class DeliveryFails {

        static boolean fail;

        @Test
        void theBotNeverAnswers(KikEmulator kik) {
            TestBot bot = kik.bot("gone", "http://127.0.0.1:9/incoming");
            TestChat chat = kik.user("alice").chatWith(bot);
            AssertionError none = assertThrows(AssertionError.class, () -> chat.awaitReply(Duration.ofSeconds(1)));
            assertTrue(none.getMessage().contains("failed: "), none.getMessage()); // the attempt was recorded
            if (fail) {
                throw none;
            }
        }
    }

    private static String run(boolean fail) {
        DeliveryFails.fail = fail;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(DeliveryFails.class)).build(), listener);
        } finally {
            System.setOut(out);
        }
        TestExecutionSummary summary = listener.getSummary();
        assertEquals(1, summary.getTestsFoundCount());
        assertEquals(fail ? 1 : 0, summary.getTestsFailedCount(), () -> summary.getFailures().toString());
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFailedTestPrintsTheEmulatorsLog() {
        String out = run(true);
        assertTrue(out.contains("---- kik-emulator log of theBotNeverAnswers(KikEmulator)"), out);
        assertTrue(out.contains("WARN  [kik-emulator-delivery"), out);
        assertTrue(out.contains("Delivery to bot gone at http://127.0.0.1:9/incoming failed"), out);
        assertTrue(out.contains("---- end of kik-emulator log ----"), out);
    }

    @Test
    void aPassingTestPrintsNothing() {
        assertEquals("", run(false));
    }

    @Test
    void theLoggersAreGivenBackAfterTheClass() {
        run(false);
        ch.qos.logback.classic.Logger emulator = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("dev.kikbot.emulator");
        assertTrue(emulator.isAdditive());
        assertEquals(null, emulator.getLevel());
        assertFalse(emulator.iteratorForAppenders().hasNext());
    }
}

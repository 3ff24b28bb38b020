package dev.kikbot.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kikbot.emulator.RateLimits;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Options given with {@code @RegisterExtension}: a new emulator for each test, a shorter timeout. */
class PerTestEmulatorTest {

    @RegisterExtension
    static final KikEmulatorExtension KIK = KikEmulatorExtension.perTest().rateLimits(RateLimits.off())
            .timeout(Duration.ofMillis(100));

    private static final Set<String> URLS = new HashSet<>();

    @RepeatedTest(2)
    void eachTestHasAnEmulatorOfItsOwn(KikEmulator kik) {
        assertTrue(URLS.add(kik.url()), "a second test got the same emulator: " + kik.url());
        assertEquals(Duration.ofMillis(100), kik.timeout());
    }

    @Test
    void theTimeoutIsTheDefaultOfEveryAwait(KikEmulator kik) {
        TestChat chat = kik.user("alice").chatWith(kik.bot("silent"));
        AssertionError none = assertThrows(AssertionError.class, chat::awaitReply);
        assertTrue(none.getMessage().contains("within 100 ms"), none.getMessage());
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> KIK.timeout(Duration.ZERO));
    }
}

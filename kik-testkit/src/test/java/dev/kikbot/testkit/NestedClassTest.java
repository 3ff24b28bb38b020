package dev.kikbot.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** A {@code @Nested} class runs on its enclosing class's emulator instead of starting one of its own. */
@ExtendWith(KikEmulatorExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NestedClassTest {

    private String outerUrl;

    @BeforeAll
    void rememberTheEmulator(KikEmulator kik) {
        outerUrl = kik.url();
    }

    @Test
    void theOuterClassHasOne(KikEmulator kik) {
        assertEquals(outerUrl, kik.url());
    }

    @Nested
    class Inner {

        @Test
        void sharesIt(KikEmulator kik) {
            assertEquals(outerUrl, kik.url());
            kik.user("alice"); // and it is reset before this test, as before any other
        }
    }
}

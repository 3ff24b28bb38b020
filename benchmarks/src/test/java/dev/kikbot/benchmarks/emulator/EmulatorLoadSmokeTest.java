package dev.kikbot.benchmarks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The emulator load program runs for a moment, in this JVM, closed loop and at a fixed rate: every round trip
 * ends and nothing fails. It proves the program works; it measures nothing.
 */
@Timeout(60)
class EmulatorLoadSmokeTest {

    @Test
    void usersSayTextsAndTheEchoBotAnswersThemAll() throws Exception {
        EmulatorLoad.Options options = new EmulatorLoad.Options(4, 1, 1, 0, null, List.of());

        EmulatorLoad.Result result = EmulatorLoad.run(options);

        assertThat(result.roundTrips()).as(result.line(options)).isPositive();
        assertThat(result.failures()).as(result.line(options)).isZero();
        assertThat(result.unanswered()).as(result.line(options)).isZero();
    }

    @Test
    void aFixedRateIsKept() throws Exception {
        EmulatorLoad.Options options = new EmulatorLoad.Options(4, 1, 2, 50, null, List.of());

        EmulatorLoad.Result result = EmulatorLoad.run(options);

        assertThat(result.perSecond()).as(result.line(options)).isBetween(40.0, 60.0);
        assertThat(result.failures()).as(result.line(options)).isZero();
    }

    @Test
    void optionsAreReadFromTheCommandLine() {
        EmulatorLoad.Options options = EmulatorLoad.parse(new String[] {"--users", "8", "--rate", "500",
            "--jar", "x.jar", "--emulator-jvm", "-Xmx256m -XX:+UseSerialGC"});

        assertThat(options.users()).isEqualTo(8);
        assertThat(options.rate()).isEqualTo(500);
        assertThat(options.jar()).hasToString("x.jar");
        assertThat(options.emulatorJvm()).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
    }
}

package dev.kikbot.testkit;

import dev.kikbot.emulator.Emulator;
import dev.kikbot.emulator.RateLimits;
import dev.kikbot.testkit.internal.EmulatorLog;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Runs Kik's platform for a test: an in-process emulator on a free port of 127.0.0.1 with an in-memory
 * database, handed to test and lifecycle methods as a {@link KikEmulator} parameter.
 *
 * <pre>{@code
 * @ExtendWith(KikEmulatorExtension.class)
 * class EchoBotTest {
 *     @Test
 *     void echoes(KikEmulator kik) { ... }
 * }
 * }</pre>
 *
 * <p><b>One emulator per test class</b>, started before the class's first test and closed after its last,
 * and <b>reset before each test</b> ({@code POST /reset}): every test starts with no bots, users or chats,
 * so register them in the test or in {@code @BeforeEach}. {@code @Nested} classes share their enclosing class's. {@link #perTest()} starts a new emulator for each
 * test instead (a second or so each); registered as an instance field, the extension always works per test.
 * Options are set on the instance registered with {@code @RegisterExtension}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KikEmulatorExtension KIK = KikEmulatorExtension.perClass().rateLimits(RateLimits.off());
 * }</pre>
 *
 * <p><b>Logs.</b> When Logback is the test's SLF4J backend, the emulator's log ({@code dev.kikbot.emulator} from
 * DEBUG, Javalin and Jetty from INFO) is held in memory instead of printed; when a test fails, the lines
 * logged during it are printed to standard output after it. With another backend, logging is left alone.
 * Loggers are shared by the JVM: tests that run in parallel see each other's lines.
 *
 * <p>Immutable: every option returns a new extension.
 */
public final class KikEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            KikEmulatorExtension.class);
    private static final String RUNNING = "running";
    private static final String MARK = "log-mark";

    private final boolean perTest;
    private final RateLimits rateLimits;
    private final Duration timeout;
    private final Map<String, String> loggers;

    /** One emulator per class, Kik's rate limits, a 10 s timeout for awaiting the bot: what {@code @ExtendWith} makes. */
    public KikEmulatorExtension() {
        this(false, RateLimits.kik(), Duration.ofSeconds(10), Map.of("dev.kikbot.emulator", "DEBUG",
                "io.javalin", "INFO", "org.eclipse.jetty", "INFO"));
    }

    private KikEmulatorExtension(boolean perTest, RateLimits rateLimits, Duration timeout,
            Map<String, String> loggers) {
        this.perTest = perTest;
        this.rateLimits = rateLimits;
        this.timeout = timeout;
        this.loggers = Map.copyOf(loggers);
    }

    /** @return an extension with one emulator per test class, reset before each test (the default) */
    public static KikEmulatorExtension perClass() {
        return new KikEmulatorExtension();
    }

    /** @return an extension that starts a new emulator for every test */
    public static KikEmulatorExtension perTest() {
        KikEmulatorExtension defaults = new KikEmulatorExtension();
        return new KikEmulatorExtension(true, defaults.rateLimits, defaults.timeout, defaults.loggers);
    }

    /** @return this extension with other rate limits; {@link RateLimits#off()} for none */
    public KikEmulatorExtension rateLimits(RateLimits limits) {
        return new KikEmulatorExtension(perTest, Objects.requireNonNull(limits, "limits"), timeout, loggers);
    }

    /** @return this extension with another default timeout for {@link TestChat}'s awaiting calls */
    public KikEmulatorExtension timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        return new KikEmulatorExtension(perTest, rateLimits, timeout, loggers);
    }

    /**
     * @param name a logger whose lines are held and printed only for a failed test, such as {@code dev.kikbot.bot}
     *     for the bot under test
     * @param level the lowest level held, such as {@code DEBUG}
     * @return this extension, holding that logger's lines too
     */
    public KikEmulatorExtension captureLogger(String name, String level) {
        Map<String, String> more = new LinkedHashMap<>(loggers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(level, "level"));
        return new KikEmulatorExtension(perTest, rateLimits, timeout, more);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // A @Nested class finds its enclosing class's emulator in the parent store and shares it.
        if (!perTest && context.getStore(NAMESPACE).get(RUNNING, Running.class) == null) {
            context.getStore(NAMESPACE).put(RUNNING, start());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).get(RUNNING, Running.class);
        if (running == null || perTest) {
            running = start();
            context.getStore(NAMESPACE).put(RUNNING, running);
        } else {
            running.kik().reset();
        }
        context.getStore(NAMESPACE).put(MARK, running.log().mark());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).get(RUNNING, Running.class);
        Long mark = context.getStore(NAMESPACE).get(MARK, Long.class);
        if (running == null || mark == null || context.getExecutionException().isEmpty()
                || context.getExecutionException().get() instanceof TestAbortedException) {
            return;
        }
        List<String> lines = running.log().since(mark);
        String where = context.getDisplayName() + " (" + running.kik().url() + ")";
        if (lines.isEmpty()) {
            System.out.println("---- kik-emulator logged nothing during " + where + " ----");
            return;
        }
        StringBuilder out = new StringBuilder("---- kik-emulator log of ").append(where).append(", which failed ----\n");
        lines.forEach(out::append);
        out.append("---- end of kik-emulator log ----");
        System.out.println(out);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KikEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).get(RUNNING, Running.class);
        if (running == null) {
            throw new org.junit.jupiter.api.extension.ParameterResolutionException("No emulator runs for "
                    + context.getDisplayName() + ": a per-test emulator (perTest() or an instance field) starts "
                    + "only for test methods, not for @BeforeAll");
        }
        return running.kik();
    }

    private Running start() {
        EmulatorLog log = EmulatorLog.capture(loggers);
        try {
            Emulator emulator = Emulator.builder().host("127.0.0.1").port(0).database(":memory:")
                    .rateLimits(rateLimits).build().start();
            return new Running(new KikEmulator(emulator, timeout), log);
        } catch (RuntimeException e) {
            // The emulator's lines explain why it did not start; print them, since no test will.
            log.since(0).forEach(System.out::print);
            log.close();
            throw e;
        }
    }

    /** A started emulator and its log; the store closes it when its class or test ends. */
    private record Running(KikEmulator kik, EmulatorLog log) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            try {
                kik.emulator().close();
            } finally {
                log.close();
            }
        }
    }
}

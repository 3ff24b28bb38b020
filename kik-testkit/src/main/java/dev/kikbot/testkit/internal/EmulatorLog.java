package dev.kikbot.testkit.internal;

import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The emulator's log lines, held in memory instead of printed, so that a test prints them only when it fails.
 * Works when Logback is the test's SLF4J backend; with any other backend nothing is captured and the
 * backend's own configuration decides what shows. Not part of the kit's API.
 */
public interface EmulatorLog extends AutoCloseable {

    /**
     * Starts holding the events of these loggers, each from the given level up ({@code DEBUG}, {@code INFO},
     * ...), and stops them from reaching the backend's other appenders until {@link #close()}.
     */
    static EmulatorLog capture(Map<String, String> levels) {
        // By name: LogbackLog must not even be loaded when Logback is missing.
        if ("ch.qos.logback.classic.LoggerContext".equals(LoggerFactory.getILoggerFactory().getClass().getName())) {
            return LogbackLog.capture(levels);
        }
        return Nothing.INSTANCE;
    }

    /** @return a position in the log, to read the lines logged after it */
    long mark();

    /** @return the lines logged since {@code mark}, formatted with time, level, thread and logger */
    List<String> since(long mark);

    /** Gives the loggers back their level, additivity and appenders. */
    @Override
    void close();

    /** No capture: another backend decides. */
    enum Nothing implements EmulatorLog {
        INSTANCE;

        @Override
        public long mark() {
            return 0;
        }

        @Override
        public List<String> since(long mark) {
            return List.of();
        }

        @Override
        public void close() {
        }
    }
}

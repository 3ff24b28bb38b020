package dev.kikbot.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Collects what a logger logs, from the given level up, instead of printing it: a test asserts on the lines
 * it expects, and a passing build prints none of them. Close it to restore the logger. Shared with the
 * other modules' tests through the test-jar.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level level;
    private final boolean additive;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(String name, Level captured) {
        logger = (Logger) LoggerFactory.getLogger(name);
        level = logger.getLevel();
        additive = logger.isAdditive();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(captured);
        logger.setAdditive(false); // the console appender sits on the root logger
    }

    /** Starts capturing {@code name}'s events at {@code level} and above. */
    public static LogCapture of(String name, Level level) {
        return new LogCapture(name, level);
    }

    /** @return the captured events' formatted messages, in order */
    public List<String> lines() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** @return the formatted messages of the events at exactly {@code level}, in order */
    public List<String> lines(Level level) {
        return events().stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** @return the formatted messages at WARN and above, in order: what a test expects none of, or exactly these */
    public List<String> warnings() {
        return events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** @return the captured events, in order */
    public List<ILoggingEvent> events() {
        synchronized (appender) { // logback appends while holding the appender's lock
            return List.copyOf(appender.list);
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(level);
        logger.setAdditive(additive);
        appender.stop();
    }
}

package dev.kikbot.bot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Keeps what the bot logs out of the test output and hands it to the test to assert on: lines a passing
 * test expects are checked, not printed.
 */
final class LogCapture implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.kikbot.bot");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level level;

    LogCapture() {
        level = logger.getLevel();
        logger.setLevel(Level.INFO);
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
    }

    /** @return every line at WARN or above, formatted */
    List<String> warnings() {
        return at(Level.WARN);
    }

    /** @return the lines at exactly this level, formatted */
    List<String> at(Level wanted) {
        synchronized (appender) {
            return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(wanted)
                    && (wanted != Level.INFO || e.getLevel() == Level.INFO))
                    .map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** @return every event, for checks on throwables */
    List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setAdditive(true);
        logger.setLevel(level);
    }
}

package dev.kikbot.testkit.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * {@link EmulatorLog} on Logback: an appender of its own on each captured logger, additivity off so the
 * console stays quiet, and the loggers' previous state restored by the last capture to close (several
 * emulators may run at once; each capture then holds every emulator's lines).
 */
final class LogbackLog extends AppenderBase<ILoggingEvent> implements EmulatorLog {

    private static final int MAX_LINES = 20_000;
    private static final Map<String, Saved> SAVED = new HashMap<>();
    private static final Map<String, Integer> USERS = new HashMap<>();

    private record Saved(Level level, boolean additive) {
    }

    private final PatternLayout layout = new PatternLayout();
    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private final List<Logger> loggers = new ArrayList<>();
    private long appended;

    static EmulatorLog capture(Map<String, String> levels) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogbackLog log = new LogbackLog();
        log.setContext(context);
        log.setName("kik-testkit");
        log.layout.setContext(context);
        log.layout.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n%ex");
        log.layout.start();
        log.start();
        synchronized (SAVED) {
            levels.forEach((name, level) -> {
                Logger logger = context.getLogger(name);
                if (USERS.merge(name, 1, Integer::sum) == 1) {
                    SAVED.put(name, new Saved(logger.getLevel(), logger.isAdditive()));
                    logger.setLevel(Level.toLevel(level, Level.INFO));
                    logger.setAdditive(false);
                }
                logger.addAppender(log);
                log.loggers.add(logger);
            });
        }
        return log;
    }

    @Override
    protected void append(ILoggingEvent event) {
        String line = layout.doLayout(event);
        synchronized (lines) {
            lines.addLast(line);
            appended++;
            if (lines.size() > MAX_LINES) {
                lines.removeFirst();
            }
        }
    }

    @Override
    public long mark() {
        synchronized (lines) {
            return appended;
        }
    }

    @Override
    public List<String> since(long mark) {
        synchronized (lines) {
            List<String> all = new ArrayList<>(lines);
            long first = appended - all.size();
            int from = (int) Math.max(0, mark - first);
            return List.copyOf(all.subList(Math.min(from, all.size()), all.size()));
        }
    }

    @Override
    public void close() {
        synchronized (SAVED) {
            for (Logger logger : loggers) {
                logger.detachAppender(this);
                if (USERS.merge(logger.getName(), -1, Integer::sum) == 0) {
                    USERS.remove(logger.getName());
                    Saved saved = SAVED.remove(logger.getName());
                    logger.setLevel(saved.level());
                    logger.setAdditive(saved.additive());
                }
            }
            loggers.clear();
        }
        stop();
    }
}

package org.hros.safety;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything the application logs at INFO and above while a scenario runs, from every logger and thread:
 * HROS's own, Spring's, Hibernate's, Tomcat's, PostgreSQL's.
 *
 * <p>Only GreenMail's loggers ({@code com.icegreen}) are left out. GreenMail is the test SMTP server standing
 * in for the community's mail provider, not part of HROS, and it logs each recipient's address on delivery
 * ("Created user login … for address …").
 */
final class LogCapture implements AutoCloseable {

    private static final String TEST_MAIL_SERVER = "com.icegreen";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture() {
        appender.setName("anonymity-leak-capture");
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
    }

    static LogCapture start() {
        return new LogCapture();
    }

    /** Each captured event as one text: logger, level, thread, message, arguments, MDC and stack trace. */
    List<String> lines() {
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = new ArrayList<>(appender.list);
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : events) {
            if (!event.getLevel().isGreaterOrEqual(Level.INFO)
                    || event.getLoggerName().startsWith(TEST_MAIL_SERVER)) {
                continue;
            }
            StringBuilder line = new StringBuilder()
                    .append(event.getLoggerName())
                    .append(' ')
                    .append(event.getLevel())
                    .append(" [")
                    .append(event.getThreadName())
                    .append("] ")
                    .append(event.getFormattedMessage());
            if (!event.getMDCPropertyMap().isEmpty()) {
                line.append(' ').append(event.getMDCPropertyMap());
            }
            if (event.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}

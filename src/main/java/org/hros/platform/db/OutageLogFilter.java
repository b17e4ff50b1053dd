package org.hros.platform.db;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Libraries log a database outage their own way, each with a stack trace per request: Spring's transaction support
 * ("Application exception overridden by rollback exception" when the rollback meets the broken connection too),
 * Hikari ("marked as broken"), Hibernate, Tomcat, failed asynchronous event handlers. This filter sees their warnings
 * and errors before they are written: one that carries an exception {@link DatabaseFaults#isOutage} recognises goes
 * to {@link DatabaseOutageLog} instead, so an outage logs one line per cause and minute however many requests and
 * libraries meet it. Every other line is left alone, stack trace included, and so is every other logger's: a start
 * that fails on the database must say so.
 */
final class OutageLogFilter extends TurboFilter {

    static final String NAME = "hros-database-outage";

    /**
     * The libraries that report each failed request, transaction, connection or event on their own. Only their lines
     * are taken: anything else that meets an outage, above all an application that cannot start, keeps its line and
     * its stack trace.
     */
    private static final List<String> PER_REQUEST = List.of(
            "org.springframework.transaction.",
            "org.springframework.orm.",
            "org.springframework.aop.interceptor.",
            "org.springframework.scheduling.",
            "org.springframework.modulith.",
            "com.zaxxer.hikari.",
            "org.hibernate.",
            "org.apache.catalina.",
            "org.apache.tomcat.");

    OutageLogFilter() {
        setName(NAME);
    }

    @Override
    public FilterReply decide(
            Marker marker, Logger logger, Level level, String format, Object[] params, Throwable failure) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !perRequest(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable carried = failure != null ? failure : lastThrowable(params);
        if (carried == null || !DatabaseFaults.isOutage(carried)) {
            return FilterReply.NEUTRAL;
        }
        DatabaseOutageLog.record(shortName(logger.getName()), carried);
        return FilterReply.DENY;
    }

    private static boolean perRequest(String logger) {
        for (String prefix : PER_REQUEST) {
            if (logger.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** SLF4J takes a trailing exception among the arguments (Hikari logs that way); the filter sees it there. */
    private static Throwable lastThrowable(Object[] params) {
        if (params == null || params.length == 0) {
            return null;
        }
        return params[params.length - 1] instanceof Throwable t ? t : null;
    }

    private static String shortName(String logger) {
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }

    /**
     * Installs the filter as soon as the application's beans are being created: after Spring Boot has set up logging
     * (which clears Logback's filters) and before anything can meet the database. Installing it again, for another
     * application context in the same JVM, replaces the one of the same name.
     */
    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        static Installed outageLogFilter() {
            install();
            return new Installed();
        }

        static void install() {
            if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
                return; // another logging backend: its lines stay as they are
            }
            context.getTurboFilterList().removeIf(filter -> NAME.equals(filter.getName()));
            OutageLogFilter filter = new OutageLogFilter();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    /** The bean that stands for the installed filter. */
    static final class Installed {}
}

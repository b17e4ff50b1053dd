package org.hros.platform;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.hros.platform.db.DatabaseFaults;
import org.hros.platform.db.DatabaseOutageLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the application's timed jobs, such as publishing cases whose embargo has ended, each on one node at a time:
 * every {@code @Scheduled} method also carries ShedLock's {@code @SchedulerLock} (an architecture test checks it),
 * and the lock is a row of the {@code shedlock} table. Lock times are read from PostgreSQL's clock, so that nodes
 * whose clocks disagree, and tests that move the application's clock, see the same locks.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class SchedulingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    @Bean
    LockProvider scheduledJobLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                // Named, not detected: detection needs a connection, and a job that starts during an outage would
                // otherwise fail with "DB time is not supported" instead of the outage itself.
                .withDatabaseProduct(DatabaseProduct.POSTGRES_SQL)
                .build());
    }

    /**
     * A job that meets a database outage is tried again at its next run, as any failed job is; the outage is logged
     * once per cause and minute instead of a stack trace per run and job.
     */
    @Bean
    SimpleAsyncTaskSchedulerCustomizer jobFailuresOnVirtualThreads() {
        return scheduler -> scheduler.setErrorHandler(SchedulingConfiguration::jobFailed);
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer jobFailuresOnPlatformThreads() {
        return scheduler -> scheduler.setErrorHandler(SchedulingConfiguration::jobFailed);
    }

    static void jobFailed(Throwable failure) {
        if (DatabaseFaults.isOutage(failure)) {
            DatabaseOutageLog.record("a scheduled job", failure);
        } else {
            log.error("Unexpected error occurred in scheduled task", failure);
        }
    }
}

package org.hros.platform.db;

import java.nio.file.Path;
import org.hros.platform.HrosProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses, a second or so after launch and in one line, to start a second HROS on a data folder another running HROS
 * uses, before anything else is built: the check the embedded database makes later ({@link OrphanedPostmaster})
 * comes only after most of the application has been set up, and ends in a long stack trace.
 *
 * <p>Added by {@code HrosApplication.main}, so it guards what an operator runs and leaves tests that build several
 * applications in one JVM alone.
 */
public final class DataFolderGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(DataFolderGuard.class);

    /** The exit status of a refused start. */
    public static final int IN_USE = 3;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("hros.data-dir", HrosProperties.DEFAULT_DATA_DIR))
                .resolve("pg")
                .toAbsolutePath()
                .normalize();
        if (OrphanedPostmaster.inUse(dataDir)) {
            log.error(OrphanedPostmaster.inUseMessage(dataDir));
            System.exit(IN_USE);
        }
    }
}

package org.hros;

import org.hros.platform.db.BackupCommand;
import org.hros.platform.db.DataFolderGuard;
import org.hros.platform.db.ShutdownDeadline;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** HROS: an open commons of recruiting and HR case studies, failures first. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HrosApplication {

    public static void main(String[] args) {
        // `--hros.backup.to=FILE` or `--hros.restore.from=FILE`: the same jar backs the database up or restores it.
        if (BackupCommand.asked(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication application = new SpringApplication(HrosApplication.class);
        // A second HROS on a data folder in use is turned away before anything is built.
        application.addListeners(new DataFolderGuard());
        // Stopping takes seconds even while the database does not answer.
        application.addListeners(new ShutdownDeadline());
        application.run(args);
    }
}

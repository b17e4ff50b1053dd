package org.hros.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where HROS keeps its own files.
 *
 * @param dataDir the folder for the embedded database (and, later, the search index)
 * @param ephemeral wipe the embedded database at start; for tests only
 */
@ConfigurationProperties("hros")
public record DataDirectoryProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean ephemeral) {}

package org.hros.search.domain.indexing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's folder, {@code ${hros.data-dir}/index}. Looked at once at start, before Hibernate Search opens
 * it: a missing or unreadable index is put aside and rebuilt in the background.
 */
final class IndexFolder {

    private static final Logger log = LoggerFactory.getLogger(IndexFolder.class);

    private final Path root;

    IndexFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /**
     * Whether the index must be rebuilt: its folder is missing, holds no index, or cannot be read. An
     * unreadable index is moved aside (or removed) so that Hibernate Search starts on an empty one.
     */
    boolean needsRebuild() {
        boolean needed = false;
        for (String name : List.of(CaseDocument.INDEX, RequestDocument.INDEX, ReplyDocument.INDEX)) {
            // Every index is looked at, so that each unreadable one is put aside.
            needed |= needsRebuild(root.resolve(name));
        }
        return needed;
    }

    private static boolean needsRebuild(Path index) {
        if (!Files.isDirectory(index)) {
            log.info("No search index at {}: it will be built in the background", index);
            return true;
        }
        try (Directory directory = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(directory)) {
                log.info("The search index folder {} holds no index: it will be built in the background", index);
                return true;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                reader.numDocs();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            log.warn("The search index at {} cannot be read ({}): it will be rebuilt", index, e.toString());
            putAside(index);
            return true;
        }
    }

    private static void putAside(Path index) {
        Path aside = index.resolveSibling(index.getFileName() + ".unreadable-" + System.currentTimeMillis());
        try {
            Files.move(index, aside);
            log.warn("The unreadable index was moved to {}", aside);
        } catch (IOException moveFailed) {
            try (Stream<Path> files = Files.walk(index)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException deleteFailed) {
                log.error("The unreadable index at {} can be neither moved nor removed", index, deleteFailed);
            }
        }
    }
}

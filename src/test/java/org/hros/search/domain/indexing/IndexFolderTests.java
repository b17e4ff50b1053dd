package org.hros.search.domain.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index folder is looked at before Hibernate Search opens it. */
class IndexFolderTests {

    @TempDir
    Path root;

    @Test
    void aMissingFolderNeedsARebuild() {
        assertThat(new IndexFolder(root.resolve("nothing-here")).needsRebuild()).isTrue();
        assertThat(new IndexFolder(root).needsRebuild()).isTrue();
    }

    @Test
    void aReadableIndexIsKept() throws IOException {
        for (String name : java.util.List.of(CaseDocument.INDEX, RequestDocument.INDEX, ReplyDocument.INDEX)) {
            write(name);
        }
        assertThat(new IndexFolder(root).needsRebuild()).isFalse();
    }

    @Test
    void aMissingIndexOfOneKindNeedsARebuild() throws IOException {
        write(CaseDocument.INDEX);
        write(RequestDocument.INDEX);
        assertThat(new IndexFolder(root).needsRebuild()).isTrue();
    }

    private void write(String name) throws IOException {
        try (FSDirectory dir = FSDirectory.open(root.resolve(name));
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("id", "1", Field.Store.YES));
            writer.addDocument(doc);
        }
    }

    @Test
    void anUnreadableIndexIsPutAsideAndRebuilt() throws IOException {
        Path index = Files.createDirectories(root.resolve(CaseDocument.INDEX));
        Files.writeString(index.resolve("segments_1"), "not a Lucene index at all");
        assertThat(new IndexFolder(root).needsRebuild()).isTrue();
        assertThat(index).doesNotExist();
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("cases.unreadable-"));
        }
    }
}

package org.hros.search.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hros.search.SearchSort;
import org.hros.search.domain.SearchProperties;
import org.hros.support.Settings;
import org.junit.jupiter.api.Test;

/** A kept answer is used only for the same search on the very same index: any change to the index retires it. */
class ResultCacheTests {

    private static final IndexPass.Page PAGE = new IndexPass.Page(List.of(), 0, Map.of(), true);

    @Test
    void answersOnlyWhileTheIndexIsUnchanged() throws Exception {
        ResultCache cache = new ResultCache(Settings.bind(SearchProperties.class, "hros.search.result-cache-size=10"));
        ResultCache.Key key = new ResultCache.Key(List.of(), Map.of(), SearchSort.RELEVANCE, 1);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(doc("1"));
            writer.commit();
            DirectoryReader first = DirectoryReader.open(writer);
            List<Object> generation = ResultCache.generation(first);
            cache.put(key, generation, PAGE);
            assertThat(cache.get(key, ResultCache.generation(first))).isSameAs(PAGE);
            assertThat(cache.get(new ResultCache.Key(List.of(), Map.of(), SearchSort.NEWEST, 1), generation))
                    .isNull();

            writer.addDocument(doc("2"));
            DirectoryReader added = DirectoryReader.openIfChanged(first, writer);
            assertThat(cache.get(key, ResultCache.generation(added))).isNull();

            cache.put(key, ResultCache.generation(added), PAGE);
            writer.deleteDocuments(new Term("id", "1"));
            DirectoryReader deleted = DirectoryReader.openIfChanged(added, writer);
            assertThat(cache.get(key, ResultCache.generation(deleted))).isNull();
            first.close();
            added.close();
            deleted.close();
        }
    }

    @Test
    void keepsNoAnswerCutOffByTheTimeLimitAndNoneWhenOff() {
        ResultCache cache = new ResultCache(Settings.bind(SearchProperties.class, "hros.search.result-cache-size=10"));
        ResultCache.Key key = new ResultCache.Key(List.of(), Map.of(), SearchSort.RELEVANCE, 1);
        List<Object> generation = List.of(new Object());
        cache.put(key, generation, new IndexPass.Page(List.of(), 0, Map.of(), false));
        assertThat(cache.get(key, generation)).isNull();

        ResultCache off = new ResultCache(Settings.bind(SearchProperties.class, "hros.search.result-cache-size=0"));
        off.put(key, generation, PAGE);
        assertThat(off.get(key, generation)).isNull();
    }

    private static Document doc(String id) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        return doc;
    }
}

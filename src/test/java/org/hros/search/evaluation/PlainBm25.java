package org.hros.search.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hros.casestudy.Section;

/**
 * The baseline every search figure is reported beside: plain BM25 (k1 1.2, b 0.75) over one field holding a
 * case's title and sections, standard tokenisation and lower case, no stemming, no stop words, no synonyms, any
 * word may match. What anyone gets from a search library with its defaults.
 */
public final class PlainBm25 implements AutoCloseable {

    private final Analyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public PlainBm25(List<EvaluationSet.EvalCase> cases) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(1.2f, 0.75f));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (EvaluationSet.EvalCase c : cases) {
                StringBuilder text = new StringBuilder(c.command().title());
                for (Section s : Section.values()) {
                    String section = c.command().sections().get(s);
                    if (section != null) {
                        text.append('\n').append(section);
                    }
                }
                Document doc = new Document();
                doc.add(new StoredField("id", c.id()));
                doc.add(new TextField("text", text.toString(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
    }

    /** The ids of the best {@code k} cases for the query. */
    public List<String> search(String query, int k) {
        try {
            BooleanQuery.Builder bool = new BooleanQuery.Builder();
            try (TokenStream tokens = analyzer.tokenStream("text", query)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    bool.add(new TermQuery(new Term("text", term.toString())), Occur.SHOULD);
                }
                tokens.end();
            }
            List<String> ids = new ArrayList<>();
            for (ScoreDoc d : searcher.search(bool.build(), k).scoreDocs) {
                ids.add(searcher.storedFields().document(d.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}

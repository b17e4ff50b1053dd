package org.hros.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hros.casestudy.Section;

/**
 * The core of a reader's text query written directly against Lucene, for the raw side of the speed comparison:
 * each word may match the title (boost 3), the topic and skill labels (1.5), the summary (1.3) or any other
 * section (1), words of five letters or more also with one or two typos in the unstemmed text (0.4), and most
 * words must match (all of one or two, 60 % of more). It leaves out what the search service adds around that
 * core — synonyms, phrases, exclusions, facets, highlighting — so it is the floor the index itself sets.
 */
final class RawLuceneQuery {

    private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final Analyzer english;
    private final List<String> sectionFields;

    RawLuceneQuery(Analyzer english) {
        this.english = english;
        this.sectionFields = new ArrayList<>();
        for (Section s : Section.values()) {
            if (s != Section.SUMMARY) {
                sectionFields.add(s.key());
            }
        }
    }

    Query parse(String text) {
        List<Query> clauses = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || STOP.contains(word) || clauses.size() >= 12) {
                continue;
            }
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            for (String term : terms(word)) {
                alternatives.add(field("title", term, 3f), Occur.SHOULD);
                alternatives.add(field("tags", term, 1.5f), Occur.SHOULD);
                alternatives.add(field(Section.SUMMARY.key(), term, 1.3f), Occur.SHOULD);
                for (String f : sectionFields) {
                    alternatives.add(new TermQuery(new Term(f, term)), Occur.SHOULD);
                }
            }
            if (word.length() >= 5) {
                alternatives.add(
                        new BoostQuery(new FuzzyQuery(new Term("plain", word), word.length() >= 9 ? 2 : 1, 1), 0.4f),
                        Occur.SHOULD);
            }
            clauses.add(alternatives.build());
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        clauses.forEach(c -> query.add(c, Occur.SHOULD));
        int n = clauses.size();
        query.setMinimumNumberShouldMatch(n <= 2 ? n : (int) Math.ceil(n * 0.6));
        return query.build();
    }

    private static Query field(String field, String term, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, term)), boost);
    }

    private List<String> terms(String word) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = english.tokenStream("title", word)) {
            CharTermAttribute attribute = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(attribute.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}

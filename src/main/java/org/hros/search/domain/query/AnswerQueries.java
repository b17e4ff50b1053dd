package org.hros.search.domain.query;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hros.request.PublicRequest;
import org.hros.search.domain.analysis.HtmlText;
import org.hros.search.domain.analysis.SearchAnalysis;
import org.hros.search.domain.indexing.IndexedTypes;
import org.hros.search.domain.indexing.SearchFields;
import org.hros.shared.Vocabulary;

/**
 * Cases that may answer a request: "more like this" over the cases' unstemmed text, with the request's title and
 * description as the example, plus its topics (boost 2) and skills; the cases already linked are left out. On
 * Lucene the terms are chosen by Lucene's {@link MoreLikeThis}, on OpenSearch by its {@code more_like_this}
 * query, with the same limits as related cases.
 */
public final class AnswerQueries {

    private AnswerQueries() {}

    public static List<Long> answers(
            EntityManager entityManager, PublicRequest request, int limit, long timeLimitNanos) {
        String text = Stream.of(request.title(), HtmlText.of(request.descriptionHtml()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
        List<String> topics = Vocabulary.slugs(request.topics());
        List<String> skills = Vocabulary.slugs(request.skills());
        SearchSession session = Search.session(entityManager);
        boolean lucene = OpenSearchQueries.onLucene(entityManager);
        Query like = lucene ? luceneLike(session, text) : null;
        return session.search(IndexedTypes.CASES)
                .select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    b.should(
                            lucene
                                    ? f.extension(LuceneExtension.get()).fromLuceneQuery(like)
                                    : openSearchLike(f, text));
                    if (!topics.isEmpty()) {
                        b.should(f.terms().field("topics").matchingAny(topics).boost(2f));
                    }
                    if (!skills.isEmpty()) {
                        b.should(f.terms().field("skills").matchingAny(skills).boost(1f));
                    }
                    if (!request.caseIds().isEmpty()) {
                        b.mustNot(f.id().matchingAny(request.caseIds()));
                    }
                }))
                .truncateAfter(timeLimitNanos, TimeUnit.NANOSECONDS)
                .fetchHits(limit);
    }

    /**
     * Lucene's "more like this" over the cases' unstemmed text for a lower-cased example text: the 30 most telling
     * words of at least three letters found in at most 60 % of the cases. Related cases use it too.
     */
    public static Query luceneLike(SearchSession session, String text) {
        try (IndexReader reader = session.scope(IndexedTypes.CASES)
                        .extension(LuceneExtension.get())
                        .openIndexReader();
                StandardAnalyzer analyzer = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {SearchFields.PLAIN});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(3);
            mlt.setMaxDocFreqPct(60);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            return mlt.like(SearchFields.PLAIN, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PredicateFinalStep openSearchLike(SearchPredicateFactory f, String text) {
        String stopWords = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
                .map(w -> OpenSearchQueries.json(new String((char[]) w)))
                .collect(Collectors.joining(","));
        String json = "{\"more_like_this\": {\"fields\": [\"" + SearchFields.PLAIN + "\"], \"like\": "
                + OpenSearchQueries.json(text) + ", \"analyzer\": \"" + SearchAnalysis.PLAIN + "\","
                + " \"min_term_freq\": 1, \"min_doc_freq\": 1, \"min_word_length\": 3, \"max_query_terms\": 30,"
                + " \"boost_terms\": 1, \"stop_words\": [" + stopWords + "]}}";
        return f.extension(ElasticsearchExtension.get()).fromJson(json);
    }
}

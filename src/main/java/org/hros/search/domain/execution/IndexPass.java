package org.hros.search.domain.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.highlight.DefaultEncoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hros.casestudy.Section;
import org.hros.search.Facet;
import org.hros.search.domain.indexing.SearchFields;
import org.hros.search.domain.query.QueryText;

/**
 * One search over the case index in a single pass: one collector gathers the page of hits in the search's order,
 * the exact total and the counts of every facet asked for, reading each matching document's facet values once;
 * then only the page's hits are highlighted, and only in the sections where the query matched them. The query
 * and sort are the ones Hibernate Search builds for the same search, so the results are the same as its own
 * {@code fetch} with terms aggregations and a plain highlighter on every section, at a fraction of the work.
 *
 * <p>The benchmark runs this same pass on the index folder opened read-only, as the raw Lucene side of its
 * comparison.
 */
final class IndexPass {

    /** Where Hibernate Search keeps each document's id as doc values (what its id projection reads). */
    static final String ID_DOC_VALUES = "__HSEARCH_id_docvalue";

    static final int MAX_FACET_VALUES = 100;

    static final String MARK_START = "\uE000";
    static final String MARK_END = "\uE001";
    static final int FRAGMENT_SIZE = 220;

    private static final Map<String, Section> SECTIONS = new HashMap<>();

    static {
        for (Section s : Section.values()) {
            SECTIONS.put(SearchFields.section(s), s);
        }
    }

    /**
     * A hit: its case id and the fragment with markers of the section it shows (the one the query marked most), or
     * none.
     */
    record Row(long id, Map<Section, String> fragments) {}

    /**
     * @param rows the page of hits, in order
     * @param total how many documents match, exactly (unless cut off by the time limit)
     * @param counts for each counted facet, value to count
     * @param complete false if a pass was cut off by the time limit (what it found by then)
     */
    record Page(List<Row> rows, long total, Map<Facet, Map<String, Long>> counts, boolean complete) {}

    /**
     * Everything one search asks of the index.
     *
     * @param query the search's query, as Hibernate Search builds it
     * @param sort its order
     * @param offset the first hit of the page, from 0
     * @param size how many hits a page holds
     * @param facets the facets counted with the query itself (those without a choice)
     * @param chosen for each facet with a choice, the query without that choice, to count its values
     * @param highlight the analyzer to highlight with, or {@code null} for no snippets
     * @param semantic the nearest cases by meaning, to find beside the words' matches; {@code null} for none
     */
    record Plan(
            Query query,
            Sort sort,
            int offset,
            int size,
            List<Facet> facets,
            Map<Facet, Query> chosen,
            Analyzer highlight,
            HybridPass.Semantic semantic) {

        Plan(
                Query query,
                Sort sort,
                int offset,
                int size,
                List<Facet> facets,
                Map<Facet, Query> chosen,
                Analyzer highlight) {
            this(query, sort, offset, size, facets, chosen, highlight, null);
        }
    }

    private IndexPass() {}

    /** The whole plan: the page, the total and every facet's counts, each pass with a searcher of its own. */
    static Page run(Supplier<IndexSearcher> searchers, Plan plan) {
        if (plan.semantic() != null) {
            return HybridPass.run(searchers, plan);
        }
        Page page = run(
                searchers.get(),
                plan.query(),
                plan.sort(),
                plan.offset(),
                plan.size(),
                plan.facets(),
                plan.highlight());
        if (plan.chosen().isEmpty()) {
            return page;
        }
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        counts.putAll(page.counts());
        boolean complete = page.complete();
        for (Map.Entry<Facet, Query> e : plan.chosen().entrySet()) {
            IndexSearcher searcher = searchers.get();
            counts.put(e.getKey(), count(searcher, e.getValue(), e.getKey()));
            complete &= !searcher.timedOut();
        }
        return new Page(page.rows(), page.total(), counts, complete);
    }

    /**
     * Runs {@code query} once: the hits from {@code offset} to {@code offset + size} in {@code sort}'s order, the
     * total, the counts of {@code facets}, and, with an analyzer, the fragments of those hits.
     */
    static Page run(
            IndexSearcher searcher,
            Query query,
            Sort sort,
            int offset,
            int size,
            Collection<Facet> facets,
            Analyzer highlightAnalyzer) {
        return run(searcher, query, query, sort, offset, size, facets, highlightAnalyzer);
    }

    /** As above, with the words' query for snippets apart from the query that matches (words and neighbours). */
    static Page run(
            IndexSearcher searcher,
            Query query,
            Query words,
            Sort sort,
            int offset,
            int size,
            Collection<Facet> facets,
            Analyzer highlightAnalyzer) {
        try {
            // Searching reuses the typo-tolerance automata; highlighting reads the query as it was built.
            Query rewritten = searcher.rewrite(FuzzyAutomata.reuse(query));
            MultiCollectorManager managers = new MultiCollectorManager(
                    new TopFieldCollectorManager(sort, offset + size, null, Integer.MAX_VALUE),
                    new FacetCounts(facets));
            Object[] results = searcher.search(rewritten, managers);
            TopDocs top = (TopDocs) results[0];
            FacetCounter counter = (FacetCounter) results[1];
            List<Row> rows = words == query
                    ? rows(searcher, query, rewritten, top, offset, highlightAnalyzer)
                    : rows(
                            searcher,
                            words,
                            searcher.rewrite(FuzzyAutomata.reuse(words)),
                            top,
                            offset,
                            highlightAnalyzer);
            return new Page(rows, counter.total, counter.counts(), !searcher.timedOut());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher of {@code reader} that gives up after {@code nanos}, answering with what it found by then. */
    static IndexSearcher timed(IndexReader reader, long nanos) {
        IndexSearcher searcher = new IndexSearcher(reader);
        long deadline = System.nanoTime() + nanos;
        searcher.setTimeout(() -> System.nanoTime() - deadline > 0);
        return searcher;
    }

    /** The typed words a spelling correction may replace: single words that are not excluded. */
    static List<String> plainWords(List<QueryText.Clause> clauses) {
        List<String> words = new ArrayList<>();
        for (QueryText.Clause c : clauses) {
            if (!c.excluded() && c.plainWord()) {
                words.add(c.typed().get(0));
            }
        }
        return words;
    }

    /** For each word not in the index, the closest word that is (two edits at most), if any. */
    static Map<String, String> corrections(IndexReader reader, List<String> words) throws IOException {
        Map<String, String> corrections = new LinkedHashMap<>();
        DirectSpellChecker checker = new DirectSpellChecker();
        // Words of four letters or fewer are mostly the field's abbreviations (RPO, EVP, TA): never "corrected".
        checker.setMinQueryLength(5);
        checker.setMaxEdits(2);
        for (String word : words) {
            Term term = new Term(SearchFields.PLAIN, word);
            if (word.length() < 5 || reader.docFreq(term) > 0) {
                continue;
            }
            SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length > 0) {
                corrections.put(word, suggestions[0].string);
            }
        }
        return corrections;
    }

    /** Whether the query matches any document; stops at the first. */
    static boolean findsAny(IndexSearcher searcher, Query query) {
        try {
            return searcher.search(FuzzyAutomata.reuse(query), new CollectorManager<FirstMatch, Boolean>() {
                @Override
                public FirstMatch newCollector() {
                    return new FirstMatch();
                }

                @Override
                public Boolean reduce(Collection<FirstMatch> collectors) {
                    return collectors.stream().anyMatch(c -> c.found);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class FirstMatch extends SimpleCollector {
        boolean found;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            if (found) {
                throw new CollectionTerminatedException();
            }
        }

        @Override
        public void collect(int doc) {
            found = true;
            throw new CollectionTerminatedException();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Only the counts of one facet, for a query that leaves out that facet's own choices. */
    static Map<String, Long> count(IndexSearcher searcher, Query query, Facet facet) {
        try {
            return searcher.search(FuzzyAutomata.reuse(query), new FacetCounts(List.of(facet)))
                    .counts()
                    .getOrDefault(facet, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows(
            IndexSearcher searcher, Query query, Query rewritten, TopDocs top, int offset, Analyzer highlightAnalyzer)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Weight matching =
                highlightAnalyzer == null ? null : searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Row> rows = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = offset; i < docs.length; i++) {
            int doc = docs[i].doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID_DOC_VALUES);
            if (!ids.advanceExact(doc - leaf.docBase)) {
                continue;
            }
            long id = Long.parseLong(ids.binaryValue().utf8ToString());
            Map<Section, String> fragments = Map.of();
            if (matching != null) {
                fragments = fragments(searcher, query, matching, leaf, doc, highlightAnalyzer);
            }
            rows.add(new Row(id, fragments));
        }
        return rows;
    }

    /**
     * The fragment a hit shows: of the sections the query matched in this document, the one whose best fragment
     * holds the most marks (the first in the template's order on a tie), as {@link CaseSearchService#hit} chooses.
     * Highlighting is most of a search's work, so sections are highlighted from the one the query matched most
     * often, and a section is skipped once it cannot beat what was found: its fragment cannot hold more marks than
     * the positions the query matched in it.
     */
    private static Map<Section, String> fragments(
            IndexSearcher searcher, Query query, Weight matching, LeafReaderContext leaf, int doc, Analyzer analyzer)
            throws IOException {
        Matches matches = matching.matches(leaf, doc - leaf.docBase);
        if (matches == null) {
            return Map.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> fields = new HashSet<>();
        for (String field : matches) {
            Section section = SECTIONS.get(field);
            MatchesIterator positions = section == null ? null : matches.getMatches(field);
            if (positions != null && fields.add(field)) {
                candidates.add(new Candidate(field, section, matchedPositions(positions)));
            }
        }
        if (candidates.isEmpty()) {
            return Map.of();
        }
        candidates.sort(Candidate.MOST_MATCHED_FIRST);
        Document stored = searcher.storedFields().document(doc, fields);
        Section best = null;
        String bestFragment = null;
        int bestMarks = 0;
        for (Candidate candidate : candidates) {
            if (best != null && !candidate.mayBeat(best, bestMarks)) {
                continue;
            }
            String text = stored.get(candidate.field());
            if (text == null || text.isEmpty()) {
                continue;
            }
            String fragment = bestFragment(query, candidate.field(), text, analyzer);
            int marks = fragment == null ? 0 : marks(fragment);
            if (marks > bestMarks
                    || (marks > 0 && marks == bestMarks && candidate.section().compareTo(best) < 0)) {
                best = candidate.section();
                bestFragment = fragment;
                bestMarks = marks;
            }
        }
        return best == null ? Map.of() : Map.of(best, bestFragment);
    }

    /** How many marks a fragment holds. */
    static int marks(String fragment) {
        return fragment.split(MARK_START, -1).length - 1;
    }

    /**
     * How many positions the query matched in a field: at least as many as any fragment of it can mark. Unknown
     * positions count as unbounded.
     */
    private static int matchedPositions(MatchesIterator positions) throws IOException {
        int count = 0;
        while (positions.next()) {
            int start = positions.startPosition();
            int end = positions.endPosition();
            if (start < 0 || end < start) {
                return Integer.MAX_VALUE;
            }
            count += end - start + 1;
        }
        return count;
    }

    /** A section the query matched, with the most marks its fragment can hold. */
    private record Candidate(String field, Section section, int bound) {

        static final java.util.Comparator<Candidate> MOST_MATCHED_FIRST =
                java.util.Comparator.comparingInt(Candidate::bound).reversed().thenComparing(Candidate::section);

        /** Whether its fragment could hold more marks than {@code marks}, or as many in an earlier section. */
        boolean mayBeat(Section best, int marks) {
            return bound > marks || (bound == marks && section.compareTo(best) < 0);
        }
    }

    /** The plain highlighter as Hibernate Search configures it: span fragmenter, one fragment, no encoding. */
    private static String bestFragment(Query query, String field, String text, Analyzer analyzer) throws IOException {
        QueryScorer scorer = new QueryScorer(query, field);
        scorer.setExpandMultiTermQuery(true);
        Highlighter highlighter =
                new Highlighter(new SimpleHTMLFormatter(MARK_START, MARK_END), new DefaultEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_SIZE));
        highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        try {
            for (TextFragment fragment :
                    highlighter.getBestTextFragments(analyzer.tokenStream(field, text), text, false, 1)) {
                if (fragment != null && fragment.getScore() > 0) {
                    return fragment.toString();
                }
            }
            return null;
        } catch (InvalidTokenOffsetsException e) {
            throw new IOException(e);
        }
    }

    /** Counts the matching documents and, for each facet, the documents per value: one collector per search. */
    private record FacetCounts(Collection<Facet> facets) implements CollectorManager<FacetCounter, FacetCounter> {

        @Override
        public FacetCounter newCollector() {
            return new FacetCounter(List.copyOf(facets));
        }

        @Override
        public FacetCounter reduce(Collection<FacetCounter> collectors) {
            FacetCounter all = new FacetCounter(List.copyOf(facets));
            for (FacetCounter c : collectors) {
                all.total += c.total;
                c.flush();
                c.values.forEach((facet, counts) ->
                        counts.forEach((value, n) -> all.values.get(facet).merge(value, n, Long::sum)));
            }
            return all;
        }
    }

    private static final class FacetCounter implements Collector {

        private final List<Facet> facets;
        private final Map<Facet, Map<String, Long>> values = new EnumMap<>(Facet.class);
        private long total;

        /** The current segment's keyword doc values and per-ordinal counts, turned into values at its end. */
        private SortedSetDocValues[] keywords;

        private long[][] ordinalCounts;
        private SortedNumericDocValues[] numbers;

        FacetCounter(List<Facet> facets) {
            this.facets = facets;
            for (Facet f : facets) {
                values.put(f, new HashMap<>());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            flush();
            int n = facets.size();
            keywords = new SortedSetDocValues[n];
            ordinalCounts = new long[n][];
            numbers = new SortedNumericDocValues[n];
            for (int i = 0; i < n; i++) {
                Facet facet = facets.get(i);
                if (facet == Facet.YEAR) {
                    numbers[i] = context.reader().getSortedNumericDocValues(facet.field());
                } else {
                    SortedSetDocValues dv = context.reader().getSortedSetDocValues(facet.field());
                    if (dv != null) {
                        keywords[i] = dv;
                        ordinalCounts[i] = new long[(int) dv.getValueCount()];
                    }
                }
            }
            SortedSetDocValues[] kw = keywords;
            long[][] oc = ordinalCounts;
            SortedNumericDocValues[] nums = numbers;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (int i = 0; i < n; i++) {
                        SortedSetDocValues dv = kw[i];
                        if (dv != null) {
                            if (dv.advanceExact(doc)) {
                                long[] counts = oc[i];
                                for (int k = dv.docValueCount(); k > 0; k--) {
                                    counts[(int) dv.nextOrd()]++;
                                }
                            }
                        } else if (nums[i] != null && nums[i].advanceExact(doc)) {
                            Map<String, Long> years = values.get(facets.get(i));
                            long previous = Long.MIN_VALUE;
                            for (int k = nums[i].docValueCount(); k > 0; k--) {
                                long v = nums[i].nextValue();
                                if (v != previous) {
                                    years.merge(Long.toString(v), 1L, Long::sum);
                                }
                                previous = v;
                            }
                        }
                    }
                }
            };
        }

        /** Turns the last segment's ordinal counts into values. */
        void flush() {
            if (keywords == null) {
                return;
            }
            try {
                for (int i = 0; i < keywords.length; i++) {
                    if (keywords[i] == null) {
                        continue;
                    }
                    Map<String, Long> target = values.get(facets.get(i));
                    long[] counts = ordinalCounts[i];
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0) {
                            target.merge(keywords[i].lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            keywords = null;
            ordinalCounts = null;
            numbers = null;
        }

        /** Each facet's values by count, the {@link #MAX_FACET_VALUES} most frequent. */
        Map<Facet, Map<String, Long>> counts() {
            flush();
            Map<Facet, Map<String, Long>> result = new EnumMap<>(Facet.class);
            values.forEach((facet, counts) -> {
                Map<String, Long> top = new LinkedHashMap<>();
                counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(MAX_FACET_VALUES)
                        .forEach(e -> top.put(e.getKey(), e.getValue()));
                result.put(facet, top);
            });
            return result;
        }
    }
}

package org.hros.search.domain.execution;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches a fixed set of documents of one reader, by their global doc ids: the semantic neighbours of a query,
 * found once, then counted with the words' matches in the same pass. Valid only with the reader it was made
 * from, so it is never cached.
 */
final class DocSetQuery extends Query {

    private final int[] docs;

    DocSetQuery(int[] docs) {
        this.docs = docs.clone();
        Arrays.sort(this.docs);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                int from = lowerBound(context.docBase);
                int to = lowerBound(context.docBase + context.reader().maxDoc());
                if (from >= to) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode, new Iterator(context.docBase, from, to));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    private int lowerBound(int doc) {
        int i = Arrays.binarySearch(docs, doc);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && docs[i - 1] == doc) {
            i--;
        }
        return i;
    }

    private final class Iterator extends DocIdSetIterator {
        private final int base;
        private final int from;
        private final int to;
        private int index;
        private int doc = -1;

        Iterator(int base, int from, int to) {
            this.base = base;
            this.from = from;
            this.to = to;
            this.index = from - 1;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            index++;
            doc = index < to ? docs[index] - base : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public int advance(int target) {
            while (nextDoc() < target) {
                // the set is small: a handful of neighbours per query
            }
            return doc;
        }

        @Override
        public long cost() {
            return to - from;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSet(" + docs.length + " documents)";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

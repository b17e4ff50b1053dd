package org.hros.search.domain.indexing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseView;
import org.hros.casestudy.Section;
import org.hros.search.Facet;
import org.hros.search.domain.analysis.HtmlText;
import org.hros.search.domain.analysis.SentenceEmbeddings;
import org.hros.shared.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each case's document equal to its current published revision, or absent. Writes go through Hibernate,
 * so Hibernate Search's outbox carries them to the index after commit.
 */
@Service
public class CaseDocuments {

    static final String CASE = "CASE";

    private final CaseCatalog catalog;
    private final CaseDocumentRepository documents;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final SentenceEmbeddings embeddings;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    CaseDocuments(
            CaseCatalog catalog,
            CaseDocumentRepository documents,
            JdbcClient jdbc,
            MessageSource messages,
            SentenceEmbeddings embeddings,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.embeddings = embeddings;
        this.catalog = catalog;
        this.documents = documents;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /**
     * Makes the case's document match what the library publishes now: its current revision, or nothing when it
     * is not (or no longer) published. Serialised per case, so a publication and a withdrawal handled at the
     * same time end with the withdrawal.
     */
    @Transactional
    public void refresh(long caseId) {
        lock(caseId);
        Optional<CaseView> published = current(caseId);
        if (published.isEmpty()) {
            documents.findById(caseId).ifPresent(documents::delete);
            return;
        }
        CaseDocument doc = documents.findById(caseId).orElseGet(() -> new CaseDocument(caseId));
        describe(doc, published.get(), helpful(caseId));
        if (doc.needsEmbedding()) {
            doc.embedding(embeddings.embed(doc.gist()));
        }
        documents.save(doc);
    }

    /**
     * Does for many cases what {@link #refresh(long)} does for one, with the same result, with a few queries for
     * them all: the cases read at once from the library, the documents and "This helped" counts at once, the
     * missing vectors computed side by side. For rebuilding at size. The vectors are computed first, outside any
     * lock (seconds for a batch on a busy machine, longer than a publication may wait for its case); then the
     * cases are locked in one order, read again and written in one transaction, and a text that changed meanwhile
     * gets its vector there.
     */
    public void refresh(Collection<Long> caseIds) {
        refresh(caseIds, true);
    }

    /**
     * As {@link #refresh(Collection)}, but leaves the index alone: for the rebuild, whose mass indexer indexes
     * every document right after (see {@link IndexingPlans}).
     */
    public void refreshBeforeMassIndexing(Collection<Long> caseIds) {
        refresh(caseIds, false);
    }

    private void refresh(Collection<Long> caseIds, boolean indexed) {
        List<Long> ids = caseIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<String, float[]> vectors = new HashMap<>();
        if (embeddings.enabled()) {
            Map<Long, CaseDocument> existing = new HashMap<>();
            documents.findAllById(ids).forEach(doc -> existing.put(doc.id(), doc));
            List<String> gists = new ArrayList<>();
            for (CaseView view : catalog.readCurrent(ids)) {
                CaseDocument known = existing.get(view.id());
                if (known == null || known.revision() != view.revision() || known.needsEmbedding()) {
                    CaseDocument draft = new CaseDocument(view.id());
                    describe(draft, view, 0);
                    gists.add(draft.gist());
                }
            }
            List<float[]> computed = embeddings.embedAll(gists);
            for (int i = 0; i < gists.size(); i++) {
                vectors.put(gists.get(i), computed.get(i));
            }
        }
        transactions.executeWithoutResult(status -> {
            if (!indexed) {
                IndexingPlans.leaveToMassIndexer(entityManager);
            }
            write(ids, vectors);
        });
    }

    private void write(List<Long> ids, Map<String, float[]> vectors) {
        lock(ids);
        Map<Long, CaseView> published = new HashMap<>();
        catalog.readCurrent(ids).forEach(view -> published.put(view.id(), view));
        Map<Long, CaseDocument> existing = new HashMap<>();
        documents.findAllById(ids).forEach(doc -> existing.put(doc.id(), doc));
        Map<Long, Long> helpful = helpful(ids);
        for (Long id : ids) {
            CaseView view = published.get(id);
            CaseDocument doc = existing.get(id);
            if (view == null) {
                if (doc != null) {
                    documents.delete(doc);
                }
                continue;
            }
            boolean added = doc == null;
            if (added) {
                doc = new CaseDocument(id);
            }
            describe(doc, view, helpful.getOrDefault(id, 0L));
            if (doc.needsEmbedding()) {
                String gist = doc.gist();
                doc.embedding(vectors.containsKey(gist) ? vectors.get(gist) : embeddings.embed(gist));
            }
            if (added) {
                entityManager.persist(doc);
            }
        }
    }

    private void describe(CaseDocument doc, CaseView view, long helpful) {
        doc.revision(view.revision());
        doc.describe(
                view.type().slug(),
                view.outcome().slug(),
                Vocabulary.slugs(view.topics()),
                Vocabulary.slugs(view.skills()),
                view.context().industry() == null
                        ? null
                        : view.context().industry().slug(),
                view.context().sizeBand() == null
                        ? null
                        : view.context().sizeBand().slug(),
                view.context().region() == null ? null : view.context().region().slug(),
                view.context().year(),
                Facet.licenceSlug(view.licence()),
                view.title(),
                tagLabels(view),
                view.publishedAt());
        Map<Section, String> texts = new EnumMap<>(Section.class);
        view.sections().forEach(s -> texts.put(s.section(), HtmlText.of(s.html())));
        doc.sections(texts);
        doc.helpful(helpful);
    }

    /**
     * Computes the embeddings that are missing (documents indexed before semantic search, or while the model was
     * off), at most {@code limit}; returns how many it computed. The vectors are computed before the cases are
     * locked, so a publication never waits on them; a document whose text changed meanwhile is left for the next
     * round.
     */
    public int embedMissing(int limit) {
        if (!embeddings.enabled()) {
            return 0;
        }
        List<Long> ids = documents.findIdsToEmbed(org.springframework.data.domain.Limit.of(limit));
        if (ids.isEmpty()) {
            return 0;
        }
        List<String> gists = documents.findAllById(ids).stream()
                .filter(CaseDocument::needsEmbedding)
                .map(CaseDocument::gist)
                .toList();
        List<float[]> computed = embeddings.embedAll(gists);
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < gists.size(); i++) {
            if (computed.get(i) != null) {
                vectors.put(gists.get(i), computed.get(i));
            }
        }
        Integer done = transactions.execute(status -> {
            lock(ids);
            int set = 0;
            for (CaseDocument doc : documents.findAllById(ids)) {
                float[] vector = vectors.get(doc.gist());
                if (doc.needsEmbedding() && vector != null) {
                    doc.embedding(vector);
                    set++;
                }
            }
            return set;
        });
        return done == null ? 0 : done;
    }

    /** The case's embedding, if it has one: for related cases. */
    @Transactional(readOnly = true)
    public Optional<float[]> embedding(long caseId) {
        return documents.findById(caseId).map(CaseDocument::embedding);
    }

    /** Removes the case from search at once, whatever the library says. */
    @Transactional
    public void remove(long caseId) {
        lock(caseId);
        documents.findById(caseId).ifPresent(documents::delete);
    }

    /** Records a case's "This helped" count, and puts it on its document when there is one. */
    @Transactional
    public void helpful(long caseId, long helpful) {
        lock(caseId);
        jdbc.sql("insert into search_helpful (subject_type, subject_id, helpful) values (?, ?, ?)"
                        + " on conflict (subject_type, subject_id) do update set helpful = excluded.helpful")
                .params(CASE, caseId, helpful)
                .update();
        documents.findById(caseId).ifPresent(doc -> doc.helpful(helpful));
    }

    /** The ids of every case document, to compare with the library. */
    @Transactional(readOnly = true)
    public List<Long> ids() {
        return documents.findAllIds();
    }

    @Transactional(readOnly = true)
    public long count() {
        return documents.count();
    }

    @Transactional(readOnly = true)
    public Optional<String> text(long caseId) {
        return documents.findById(caseId).map(CaseDocument::text);
    }

    @Transactional(readOnly = true)
    public Optional<Tags> tags(long caseId) {
        return documents.findById(caseId).map(d -> new Tags(d.topicSlugs(), d.skillSlugs()));
    }

    /** A case's topics and skills as slugs. */
    public record Tags(List<String> topics, List<String> skills) {}

    /**
     * The case as published now, if it is. Read as the batches read it: asking the library for a case that is not
     * published would throw inside this transaction and leave it only able to roll back.
     */
    private Optional<CaseView> current(long caseId) {
        return catalog.readCurrent(List.of(caseId)).stream().findFirst();
    }

    /**
     * The labels of what a case is tagged with, as words: its outcome and form, so that "failure" finds the
     * failures; its topics, skills, industry and region.
     */
    private String tagLabels(CaseView view) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(view.outcome().messageKey());
        keys.add(view.type().messageKey());
        view.topics().forEach(t -> keys.add(t.messageKey()));
        view.skills().forEach(s -> keys.add(s.messageKey()));
        if (view.context().industry() != null) {
            keys.add(view.context().industry().messageKey());
        }
        if (view.context().region() != null) {
            keys.add(view.context().region().messageKey());
        }
        return keys.stream()
                .map(key -> messages.getMessage(key, null, "", Locale.ENGLISH))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private long helpful(long caseId) {
        return jdbc.sql("select helpful from search_helpful where subject_type = ? and subject_id = ?")
                .params(CASE, caseId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    private Map<Long, Long> helpful(List<Long> caseIds) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select subject_id, helpful from search_helpful where subject_type = ? and subject_id = any(?)")
                .params(CASE, caseIds.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The same locks as {@link #lock(long)} takes one at a time, taken in ascending order in one statement. */
    private void lock(List<Long> caseIds) {
        Integer[] keys = caseIds.stream()
                .map(id -> (int) id.longValue())
                .distinct()
                .sorted()
                .toArray(Integer[]::new);
        jdbc.sql("select pg_advisory_xact_lock(?, k) from (select unnest(?::int[]) as k order by 1) ordered")
                .params(0x5EA, keys)
                .query((rs, i) -> 1)
                .list();
    }

    private void lock(long caseId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(0x5EA, (int) caseId)
                .query((rs, i) -> 1)
                .list();
    }
}

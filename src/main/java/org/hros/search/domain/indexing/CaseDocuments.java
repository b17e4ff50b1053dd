package org.hros.search.domain.indexing;

import java.util.EnumMap;
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
import org.hros.shared.GoneException;
import org.hros.shared.NotFoundException;
import org.hros.shared.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    CaseDocuments(
            CaseCatalog catalog,
            CaseDocumentRepository documents,
            JdbcClient jdbc,
            MessageSource messages,
            SentenceEmbeddings embeddings) {
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
        CaseView view = published.get();
        CaseDocument doc = documents.findById(caseId).orElseGet(() -> new CaseDocument(caseId));
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
        doc.helpful(helpful(caseId));
        if (doc.needsEmbedding()) {
            doc.embedding(embeddings.embed(doc.gist()));
        }
        documents.save(doc);
    }

    /**
     * Computes the embeddings that are missing (documents indexed before semantic search, or while the model was
     * off), at most {@code limit}; returns how many it computed.
     */
    @Transactional
    public int embedMissing(int limit) {
        if (!embeddings.enabled()) {
            return 0;
        }
        int done = 0;
        for (Long id : documents.findIdsToEmbed(org.springframework.data.domain.Limit.of(limit))) {
            lock(id);
            CaseDocument doc = documents.findById(id).orElse(null);
            if (doc != null && doc.needsEmbedding()) {
                float[] vector = embeddings.embed(doc.gist());
                if (vector == null) {
                    break;
                }
                doc.embedding(vector);
                done++;
            }
        }
        return done;
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

    private Optional<CaseView> current(long caseId) {
        try {
            return Optional.of(catalog.read(caseId, null));
        } catch (NotFoundException | GoneException e) {
            return Optional.empty();
        }
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

    private void lock(long caseId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(0x5EA, (int) caseId)
                .query((rs, i) -> 1)
                .list();
    }
}

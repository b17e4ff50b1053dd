package org.hros.search.domain.indexing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hros.request.PublicRequest;
import org.hros.request.RequestCatalog;
import org.hros.search.domain.analysis.HtmlText;
import org.hros.shared.Vocabulary;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each request's document equal to what the agenda shows of it now, or absent for a request merged into
 * another. Writes go through Hibernate, so Hibernate Search's outbox carries them to the index after commit.
 */
@Service
class RequestDocuments {

    private final RequestCatalog requests;
    private final RequestDocumentRepository documents;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final EntityManager entityManager;

    RequestDocuments(
            RequestCatalog requests,
            RequestDocumentRepository documents,
            JdbcClient jdbc,
            MessageSource messages,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.requests = requests;
        this.documents = documents;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Reads the request again and upserts or removes its document; serialised per request. */
    @Transactional
    public void refresh(long requestId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(0x5EB, (int) requestId)
                .query((rs, i) -> 1)
                .list();
        Optional<PublicRequest> current = requests.read(requestId).filter(r -> !r.merged());
        if (current.isEmpty()) {
            documents.findById(requestId).ifPresent(documents::delete);
            return;
        }
        RequestDocument doc = documents.findById(requestId).orElseGet(() -> new RequestDocument(requestId));
        describe(doc, current.get());
        documents.save(doc);
    }

    /**
     * Does for many requests what {@link #refresh(long)} does for one, with the same result, in one transaction:
     * the requests locked in one order, read at once, and their documents read and written together.
     */
    @Transactional
    public void refresh(Collection<Long> requestIds) {
        write(requestIds);
    }

    /**
     * As {@link #refresh(Collection)}, but leaves the index alone: for the rebuild, whose mass indexer indexes
     * every document right after (see {@link IndexingPlans}).
     */
    @Transactional
    public void refreshBeforeMassIndexing(Collection<Long> requestIds) {
        IndexingPlans.leaveToMassIndexer(entityManager);
        write(requestIds);
    }

    private void write(Collection<Long> requestIds) {
        List<Long> ids = requestIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(?, k) from (select unnest(?::int[]) as k order by 1) ordered")
                .params(
                        0x5EB,
                        ids.stream().map(id -> (int) id.longValue()).sorted().toArray(Integer[]::new))
                .query((rs, i) -> 1)
                .list();
        Map<Long, PublicRequest> current = new HashMap<>();
        requests.read(ids).stream().filter(r -> !r.merged()).forEach(r -> current.put(r.id(), r));
        Map<Long, RequestDocument> existing = new HashMap<>();
        documents.findAllById(ids).forEach(doc -> existing.put(doc.id(), doc));
        for (Long id : ids) {
            PublicRequest r = current.get(id);
            RequestDocument doc = existing.get(id);
            if (r == null) {
                if (doc != null) {
                    documents.delete(doc);
                }
                continue;
            }
            if (doc == null) {
                doc = new RequestDocument(id);
                describe(doc, r);
                entityManager.persist(doc);
            } else {
                describe(doc, r);
            }
        }
    }

    private void describe(RequestDocument doc, PublicRequest r) {
        doc.describe(
                r.title(),
                HtmlText.of(r.descriptionHtml()),
                tagLabels(r),
                Vocabulary.slugs(r.topics()),
                Vocabulary.slugs(r.skills()),
                r.status().name(),
                r.votes(),
                r.createdAt());
    }

    @Transactional(readOnly = true)
    public List<Long> ids() {
        return documents.findAllIds();
    }

    @Transactional(readOnly = true)
    public long count() {
        return documents.count();
    }

    private String tagLabels(PublicRequest r) {
        List<String> keys = new ArrayList<>();
        r.topics().forEach(t -> keys.add(t.messageKey()));
        r.skills().forEach(s -> keys.add(s.messageKey()));
        if (r.industry() != null) {
            keys.add(r.industry().messageKey());
        }
        return keys.stream()
                .map(key -> messages.getMessage(key, null, "", Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    }
}

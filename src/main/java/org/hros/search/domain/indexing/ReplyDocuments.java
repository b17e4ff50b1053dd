package org.hros.search.domain.indexing;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hros.discussion.PublicReply;
import org.hros.discussion.ReplyCatalog;
import org.hros.search.domain.analysis.HtmlText;
import org.hros.shared.SubjectRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each reply's document equal to what anyone may read of it now: its words and subject, never its author;
 * absent once removed or once its subject is no longer public. Changes are serialised per subject, so a reply
 * handled while its case is withdrawn always ends without a document.
 */
@Service
class ReplyDocuments {

    private final ReplyCatalog replies;
    private final ReplyDocumentRepository documents;
    private final JdbcClient jdbc;

    private final EntityManager entityManager;

    ReplyDocuments(
            ReplyCatalog replies, ReplyDocumentRepository documents, JdbcClient jdbc, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.replies = replies;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /** Reads the reply again and upserts or removes its document. */
    @Transactional
    public void refresh(long replyId, SubjectRef subject) {
        lock(subject);
        Optional<PublicReply> current = replies.read(replyId);
        if (current.isEmpty()) {
            documents.findById(replyId).ifPresent(documents::delete);
            return;
        }
        PublicReply reply = current.get();
        ReplyDocument doc = documents.findById(replyId).orElseGet(() -> new ReplyDocument(replyId, reply.subject()));
        doc.describe(HtmlText.of(reply.html()), reply.postedAt());
        documents.save(doc);
    }

    /**
     * Does for many replies what {@link #refresh(long, SubjectRef)} does for one, with the same result, in one
     * transaction: the replies read at once, their subjects locked in one order, their documents read and written
     * together. A reply whose subject became public only while the batch ran is left to that subject's own event.
     */
    @Transactional
    public void refresh(Collection<Long> replyIds) {
        write(replyIds);
    }

    /**
     * As {@link #refresh(Collection)}, but leaves the index alone: for the rebuild, whose mass indexer indexes
     * every document right after (see {@link IndexingPlans}).
     */
    @Transactional
    public void refreshBeforeMassIndexing(Collection<Long> replyIds) {
        IndexingPlans.leaveToMassIndexer(entityManager);
        write(replyIds);
    }

    private void write(Collection<Long> replyIds) {
        List<Long> ids = replyIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, ReplyDocument> existing = new HashMap<>();
        documents.findAllById(ids).forEach(doc -> existing.put(doc.id(), doc));
        Set<SubjectRef> subjects = new HashSet<>();
        existing.values().forEach(doc -> subjects.add(doc.subject()));
        replies.read(ids).forEach(reply -> subjects.add(reply.subject()));
        lock(subjects);
        // Read again under the locks: a subject withdrawn meanwhile has taken its replies out of search.
        Map<Long, PublicReply> current = new HashMap<>();
        replies.read(ids).stream()
                .filter(reply -> subjects.contains(reply.subject()))
                .forEach(reply -> current.put(reply.id(), reply));
        for (Long id : ids) {
            PublicReply reply = current.get(id);
            ReplyDocument doc = existing.get(id);
            if (reply == null) {
                if (doc != null) {
                    documents.delete(doc);
                }
                continue;
            }
            boolean added = doc == null;
            if (added) {
                doc = new ReplyDocument(id, reply.subject());
            }
            doc.describe(HtmlText.of(reply.html()), reply.postedAt());
            if (added) {
                entityManager.persist(doc);
            }
        }
    }

    /** Indexes again every reply of a subject that is public again, e.g. a case restored after review. */
    @Transactional
    public void refreshAll(SubjectRef subject) {
        for (long id : replies.idsOn(subject)) {
            refresh(id, subject);
        }
    }

    /** Removes every reply of a subject that is no longer public, e.g. a withdrawn or taken-down case. */
    @Transactional
    public void removeAll(SubjectRef subject) {
        lock(subject);
        documents.deleteAll(documents.findBySubject(subject.type().name(), subject.id()));
    }

    @Transactional(readOnly = true)
    public List<Long> ids() {
        return documents.findAllIds();
    }

    @Transactional(readOnly = true)
    public Optional<SubjectRef> subjectOf(long replyId) {
        return documents.findById(replyId).map(ReplyDocument::subject);
    }

    @Transactional(readOnly = true)
    public long count() {
        return documents.count();
    }

    /** The same locks as {@link #lock(SubjectRef)} takes one at a time, in ascending order in one statement. */
    private void lock(Set<SubjectRef> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        List<int[]> keys = subjects.stream()
                .map(s -> new int[] {0x5EC + s.type().ordinal(), (int) s.id()})
                .sorted(Comparator.<int[]>comparingInt(k -> k[0]).thenComparingInt(k -> k[1]))
                .toList();
        jdbc.sql("select pg_advisory_xact_lock(a, b) from (select unnest(?::int[]) as a, unnest(?::int[]) as b"
                        + " order by 1, 2) ordered")
                .params(
                        keys.stream().map(k -> k[0]).toArray(Integer[]::new),
                        keys.stream().map(k -> k[1]).toArray(Integer[]::new))
                .query((rs, i) -> 1)
                .list();
    }

    private void lock(SubjectRef subject) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(0x5EC + subject.type().ordinal(), (int) subject.id())
                .query((rs, i) -> 1)
                .list();
    }
}

package org.hros.search.domain.indexing;

import java.util.List;
import java.util.Optional;
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

    ReplyDocuments(ReplyCatalog replies, ReplyDocumentRepository documents, JdbcClient jdbc) {
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

    private void lock(SubjectRef subject) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(0x5EC + subject.type().ordinal(), (int) subject.id())
                .query((rs, i) -> 1)
                .list();
    }
}

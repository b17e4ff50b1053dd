package org.hros.discussion.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A version of a reply's body that an edit replaced, shown as the reply's history. */
@Entity
class ReplyRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long replyId;
    private String bodyMarkdown;
    private String bodyHtml;
    private Instant writtenAt;
    private Instant replacedAt;

    protected ReplyRevision() {}

    ReplyRevision(long replyId, String markdown, String html, Instant writtenAt, Instant replacedAt) {
        this.replyId = replyId;
        this.bodyMarkdown = markdown;
        this.bodyHtml = html;
        this.writtenAt = writtenAt;
        this.replacedAt = replacedAt;
    }

    long replyId() {
        return replyId;
    }

    String html() {
        return bodyHtml;
    }

    Instant writtenAt() {
        return writtenAt;
    }
}

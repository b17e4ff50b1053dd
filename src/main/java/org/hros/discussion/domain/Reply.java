package org.hros.discussion.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;

/**
 * One reply in a thread. Its author's id stays in this module: readers are given a display name or the subject
 * author's pseudonym, decided when the thread is read.
 */
@Entity
class Reply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;

    private long subjectId;
    private Long parentId;
    private int depth;
    private long authorId;
    private String bodyMarkdown;
    private String bodyHtml;
    private Instant createdAt;
    private Instant editedAt;
    private Instant removedAt;
    private Instant hiddenAt;

    @Version
    private int version;

    protected Reply() {}

    Reply(SubjectRef subject, Reply parent, long authorId, String markdown, String html, Instant now) {
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.parentId = parent == null ? null : parent.id;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.authorId = authorId;
        this.bodyMarkdown = markdown;
        this.bodyHtml = html;
        this.createdAt = now;
    }

    /** Replaces the body and returns the version it replaced, for the history. */
    ReplyRevision edit(String markdown, String html, Instant now) {
        ReplyRevision previous =
                new ReplyRevision(id, bodyMarkdown, bodyHtml, editedAt == null ? createdAt : editedAt, now);
        this.bodyMarkdown = markdown;
        this.bodyHtml = html;
        this.editedAt = now;
        return previous;
    }

    /** Removes the text for good; the reply keeps its place so that the thread stays readable. */
    void remove(Instant now) {
        this.bodyMarkdown = "";
        this.bodyHtml = "";
        this.removedAt = now;
    }

    long id() {
        return id;
    }

    SubjectRef subject() {
        return new SubjectRef(subjectType, subjectId);
    }

    Long parentId() {
        return parentId;
    }

    int depth() {
        return depth;
    }

    long authorId() {
        return authorId;
    }

    String markdown() {
        return bodyMarkdown;
    }

    /** Nothing while hidden: no reader, feed, search result or API answer sees a hidden reply's words. */
    String html() {
        return hiddenAt != null ? "" : bodyHtml;
    }

    /** Hidden pending review (and not removed for good). */
    boolean hidden() {
        return hiddenAt != null && removedAt == null;
    }

    void hide(Instant now) {
        if (hiddenAt == null) {
            hiddenAt = now;
        }
    }

    void restore() {
        hiddenAt = null;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant editedAt() {
        return editedAt;
    }

    /** Removed for good, or hidden pending review: either way nobody reads it now. */
    boolean removed() {
        return removedAt != null || hiddenAt != null;
    }
}

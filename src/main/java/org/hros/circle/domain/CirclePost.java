package org.hros.circle.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One post in a circle thread, stored as sanitised HTML. Its author is private to the domain. */
@Entity
@Table(name = "circle_post")
class CirclePost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long threadId;
    private Long authorId;
    private String bodyHtml;
    private Instant createdAt;
    private Instant hiddenAt;

    protected CirclePost() {}

    CirclePost(long threadId, long authorId, String bodyHtml, Instant now) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.bodyHtml = bodyHtml;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    long threadId() {
        return threadId;
    }

    Long authorId() {
        return authorId;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** Hidden pending review: its circle sees it no more, its author sees it with a notice why. */
    boolean hidden() {
        return hiddenAt != null;
    }

    void hide(Instant now) {
        if (hiddenAt == null) {
            hiddenAt = now;
        }
    }

    void restore() {
        hiddenAt = null;
    }

    /** Whether {@code viewerId} may see it: anyone in the circle while it is shown, its author always. */
    boolean visibleTo(Long viewerId) {
        return hiddenAt == null || (authorId != null && authorId.equals(viewerId));
    }
}

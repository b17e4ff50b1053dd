package org.hros.circle.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A clinic thread (someone brings a failure, others brainstorm) or a check-in (one short progress post). The
 * Chatham House flag is fixed when the thread is opened, so switching a circle's rule off later never reveals
 * who wrote what under it.
 */
@Entity
@Table(name = "circle_thread")
class CircleThread {

    enum Kind {
        CLINIC,
        CHECK_IN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long circleId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String title;
    private boolean chathamHouse;
    private Long authorId;
    private Instant createdAt;
    private Instant lastPostAt;

    protected CircleThread() {}

    CircleThread(long circleId, Kind kind, String title, boolean chathamHouse, long authorId, Instant now) {
        this.circleId = circleId;
        this.kind = kind;
        this.title = title;
        this.chathamHouse = chathamHouse;
        this.authorId = authorId;
        this.createdAt = now;
        this.lastPostAt = now;
    }

    long id() {
        return id;
    }

    long circleId() {
        return circleId;
    }

    Kind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    /** Whether posts in this thread are shown without names, whatever the circle's current rule. */
    boolean chathamHouse(Circle circle) {
        return chathamHouse || circle.chathamHouse();
    }

    /** Who opened it, or {@code null} if their account is gone. */
    Long authorId() {
        return authorId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastPostAt() {
        return lastPostAt;
    }

    void touched(Instant now) {
        lastPostAt = now;
    }
}

package org.hros.casestudy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An editor's note on one section of a submission (or on the whole case when section is null). */
@Entity
class ReviewNote {

    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private int round;
    private String section;
    private String body;
    private long editorId;
    private Instant createdAt;

    protected ReviewNote() {}

    ReviewNote(long caseId, int round, String section, String body, long editorId, Instant now) {
        this.caseId = caseId;
        this.round = round;
        this.section = section;
        this.body = body;
        this.editorId = editorId;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    int round() {
        return round;
    }

    String section() {
        return section;
    }

    String body() {
        return body;
    }

    long editorId() {
        return editorId;
    }

    Instant createdAt() {
        return createdAt;
    }
}

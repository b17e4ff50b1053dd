package org.hros.track.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hros.shared.MarkdownRenderer;
import org.hros.track.StepCommand;
import org.hros.track.StepKind;

/** One step of a track. A text's Markdown is rendered and sanitised once, when it is saved. */
@Entity
@Table(name = "track_step")
class TrackStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "track_id")
    private Track track;

    private int position;

    @Enumerated(EnumType.STRING)
    private StepKind kind;

    private Long caseId;
    private Long requestId;
    private String exerciseSlug;
    private String title;
    private String bodyMarkdown;
    private String bodyHtml;
    private String why;
    private String prompt;

    protected TrackStep() {}

    TrackStep(Track track, int position, StepCommand c) {
        this.track = track;
        this.position = position;
        change(c);
    }

    void change(StepCommand c) {
        this.kind = c.kind();
        this.caseId = c.kind() == StepKind.CASE ? c.caseId() : null;
        this.requestId = c.kind() == StepKind.REQUEST ? c.requestId() : null;
        this.exerciseSlug = c.kind() == StepKind.EXERCISE ? c.exerciseSlug() : null;
        this.title = c.kind() == StepKind.TEXT || c.kind() == StepKind.EXERCISE ? c.title() : null;
        this.bodyMarkdown = c.kind() == StepKind.TEXT ? c.body() : null;
        this.bodyHtml = c.kind() == StepKind.TEXT ? MarkdownRenderer.toSafeHtml(c.body()) : null;
        this.why = c.why();
        this.prompt = c.prompt();
    }

    long id() {
        return id;
    }

    int position() {
        return position;
    }

    StepKind kind() {
        return kind;
    }

    Long caseId() {
        return caseId;
    }

    Long requestId() {
        return requestId;
    }

    String exerciseSlug() {
        return exerciseSlug;
    }

    String title() {
        return title;
    }

    String bodyMarkdown() {
        return bodyMarkdown;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    String why() {
        return why;
    }

    String prompt() {
        return prompt;
    }

    StepCommand command() {
        return new StepCommand(kind, caseId, requestId, exerciseSlug, title, bodyMarkdown, why, prompt);
    }
}

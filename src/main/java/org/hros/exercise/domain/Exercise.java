package org.hros.exercise.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hros.exercise.ExerciseKind;

/** An exercise as its editors wrote it. */
@Entity
@Table(name = "exercise")
class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;

    @Enumerated(EnumType.STRING)
    private ExerciseKind kind;

    private String taskMarkdown;
    private String taskHtml;
    private String startingMaterial;
    private String checks;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    protected Exercise() {}

    Exercise(ExerciseCommand c, Instant now) {
        this.slug = c.slug();
        this.createdAt = now;
        change(c, now);
    }

    void change(ExerciseCommand c, Instant now) {
        this.title = c.title();
        this.kind = c.kind();
        this.taskMarkdown = c.taskMarkdown();
        this.taskHtml = c.taskHtml();
        this.startingMaterial = c.startingMaterial();
        this.checks = c.checks();
        this.updatedAt = now;
    }

    long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    ExerciseKind kind() {
        return kind;
    }

    String taskMarkdown() {
        return taskMarkdown;
    }

    String taskHtml() {
        return taskHtml;
    }

    String startingMaterial() {
        return startingMaterial;
    }

    String checks() {
        return checks;
    }
}

package org.hros.track.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hros.shared.Skill;
import org.hros.track.StepCommand;
import org.hros.track.TrackCommand;
import org.hros.track.TrackStatus;

/** A track and its steps in order. Editing keeps the ids of steps that stay, so progress on them survives. */
@Entity
@Table(name = "track")
class Track {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    private String summary;

    // By slug, as every column of the vocabulary is.
    private String skill;

    @Enumerated(EnumType.STRING)
    private TrackStatus status;

    private Long proposerId;
    private String returnNote;
    private boolean sample;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "track", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TrackStep> steps = new ArrayList<>();

    protected Track() {}

    Track(String slug, Long proposerId, TrackCommand command, Instant now) {
        this.slug = slug;
        this.proposerId = proposerId;
        this.status = TrackStatus.DRAFT;
        this.createdAt = now;
        change(command, now);
    }

    void change(TrackCommand c, Instant now) {
        this.title = c.title();
        this.skill = c.skill().slug();
        this.summary = c.summary();
        this.sample = c.sample();
        this.updatedAt = now;
        List<StepCommand> wanted = c.steps();
        while (steps.size() > wanted.size()) {
            steps.remove(steps.size() - 1);
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (i < steps.size()) {
                steps.get(i).change(wanted.get(i));
            } else {
                steps.add(new TrackStep(this, i + 1, wanted.get(i)));
            }
        }
    }

    void submit(Instant now) {
        this.status = TrackStatus.SUBMITTED;
        this.returnNote = null;
        this.updatedAt = now;
    }

    void returnToProposer(String note, Instant now) {
        this.status = TrackStatus.RETURNED;
        this.returnNote = note;
        this.updatedAt = now;
    }

    void publish(Instant now) {
        this.status = TrackStatus.PUBLISHED;
        this.returnNote = null;
        if (publishedAt == null) {
            this.publishedAt = now;
        }
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

    String summary() {
        return summary;
    }

    Skill skill() {
        return Skill.of(skill);
    }

    TrackStatus status() {
        return status;
    }

    Long proposerId() {
        return proposerId;
    }

    String returnNote() {
        return returnNote;
    }

    boolean sample() {
        return sample;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    List<TrackStep> steps() {
        return steps;
    }

    boolean published() {
        return status == TrackStatus.PUBLISHED;
    }
}

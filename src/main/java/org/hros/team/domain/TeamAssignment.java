package org.hros.team.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A track the team is to learn by a date; the track's title is kept as it was when assigned. */
@Entity
@Table(name = "team_assignment")
class TeamAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long teamId;
    private String trackSlug;
    private String trackTitle;
    private LocalDate dueOn;
    private Long assignedBy;
    private Instant createdAt;

    protected TeamAssignment() {}

    TeamAssignment(long teamId, String trackSlug, String trackTitle, LocalDate dueOn, long assignedBy, Instant now) {
        this.teamId = teamId;
        this.trackSlug = trackSlug;
        this.trackTitle = trackTitle;
        this.dueOn = dueOn;
        this.assignedBy = assignedBy;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    long teamId() {
        return teamId;
    }

    String trackSlug() {
        return trackSlug;
    }

    String trackTitle() {
        return trackTitle;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    void change(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}

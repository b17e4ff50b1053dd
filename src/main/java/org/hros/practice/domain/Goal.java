package org.hros.practice.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hros.practice.GoalVisibility;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;

/** A member's practice goal, with the public subjects that inspired it. Check-ins live in their own table. */
@Entity
@Table(name = "practice_goal")
class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ownerId;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private GoalVisibility visibility;

    private String metricUnit;
    private BigDecimal metricTarget;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "practice_goal_link", joinColumns = @JoinColumn(name = "goal_id"))
    private Set<Link> links = new LinkedHashSet<>();

    protected Goal() {}

    Goal(long ownerId, GoalCommand c, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        change(c, now);
    }

    void change(GoalCommand c, Instant now) {
        this.title = c.title();
        this.description = c.description();
        this.visibility = c.visibility();
        this.metricUnit = c.metricUnit();
        this.metricTarget = c.metricTarget();
        this.updatedAt = now;
        this.links.clear();
        for (SubjectRef ref : c.inspiredBy()) {
            this.links.add(new Link(ref.type(), ref.id()));
        }
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }

    long id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    GoalVisibility visibility() {
        return visibility;
    }

    String metricUnit() {
        return metricUnit;
    }

    BigDecimal metricTarget() {
        return metricTarget;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<SubjectRef> inspiredBy() {
        return links.stream()
                .map(l -> new SubjectRef(l.subjectType, l.subjectId))
                .toList();
    }

    @Embeddable
    static class Link {

        @Enumerated(EnumType.STRING)
        @Column(name = "subject_type")
        private SubjectType subjectType;

        @Column(name = "subject_id")
        private long subjectId;

        protected Link() {}

        Link(SubjectType subjectType, long subjectId) {
            this.subjectType = subjectType;
            this.subjectId = subjectId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Link l && l.subjectType == subjectType && l.subjectId == subjectId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(subjectType, subjectId);
        }
    }
}

package org.hros.practice.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One progress note on a goal, with the metric's value at that moment if the goal measures one. */
@Entity
@Table(name = "practice_check_in")
class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long goalId;
    private String note;
    private BigDecimal metricValue;
    private Instant createdAt;

    protected CheckIn() {}

    CheckIn(long goalId, String note, BigDecimal metricValue, Instant createdAt) {
        this.goalId = goalId;
        this.note = note;
        this.metricValue = metricValue;
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    long goalId() {
        return goalId;
    }

    String note() {
        return note;
    }

    BigDecimal metricValue() {
        return metricValue;
    }

    Instant createdAt() {
        return createdAt;
    }
}

package org.hros.circle.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A circle's name, purpose and rules. Its members, threads and invitations live in their own tables. */
@Entity
@Table(name = "circle")
class Circle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String purpose;
    private int sizeLimit;
    private boolean chathamHouse;
    private Integer noteRetentionDays;
    private Instant createdAt;

    @Version
    private int version;

    protected Circle() {}

    Circle(String name, String purpose, int sizeLimit, boolean chathamHouse, Integer noteRetentionDays, Instant now) {
        this.name = name;
        this.purpose = purpose;
        this.sizeLimit = sizeLimit;
        this.chathamHouse = chathamHouse;
        this.noteRetentionDays = noteRetentionDays;
        this.createdAt = now;
    }

    void change(String name, String purpose, int sizeLimit, boolean chathamHouse, Integer noteRetentionDays) {
        this.name = name;
        this.purpose = purpose;
        this.sizeLimit = sizeLimit;
        this.chathamHouse = chathamHouse;
        this.noteRetentionDays = noteRetentionDays;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    String purpose() {
        return purpose;
    }

    int sizeLimit() {
        return sizeLimit;
    }

    boolean chathamHouse() {
        return chathamHouse;
    }

    Integer noteRetentionDays() {
        return noteRetentionDays;
    }

    Instant createdAt() {
        return createdAt;
    }
}

package org.hros.team.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A team's name and purpose. Its members, invitations and assignments live in their own tables. */
@Entity
@Table(name = "team")
class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String purpose;
    private Instant createdAt;

    @Version
    private int version;

    protected Team() {}

    Team(String name, String purpose, Instant now) {
        this.name = name;
        this.purpose = purpose;
        this.createdAt = now;
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
}

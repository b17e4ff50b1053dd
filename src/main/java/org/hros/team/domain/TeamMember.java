package org.hros.team.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hros.team.TeamRole;

/** One member's place in one team. Removing a member deletes the row: a removed member is an outsider. */
@Entity
@Table(name = "team_member")
class TeamMember {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private TeamRole role;

    private Instant joinedAt;

    protected TeamMember() {}

    TeamMember(long teamId, long memberId, TeamRole role, Instant now) {
        this.key = new Key(teamId, memberId);
        this.role = role;
        this.joinedAt = now;
    }

    long teamId() {
        return key.teamId;
    }

    long memberId() {
        return key.memberId;
    }

    TeamRole role() {
        return role;
    }

    boolean leads() {
        return role.leads();
    }

    Instant joinedAt() {
        return joinedAt;
    }

    void become(TeamRole role) {
        this.role = role;
    }

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "team_id")
        private long teamId;

        @Column(name = "member_id")
        private long memberId;

        protected Key() {}

        Key(long teamId, long memberId) {
            this.teamId = teamId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.teamId == teamId && k.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(teamId) * 31 + Long.hashCode(memberId);
        }
    }
}

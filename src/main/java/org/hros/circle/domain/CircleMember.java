package org.hros.circle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hros.circle.CircleRole;

/** One member's place in one circle. Removing a member deletes the row: a removed member is an outsider. */
@Entity
@Table(name = "circle_member")
class CircleMember {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private CircleRole role;

    private Instant joinedAt;

    protected CircleMember() {}

    CircleMember(long circleId, long memberId, CircleRole role, Instant now) {
        this.key = new Key(circleId, memberId);
        this.role = role;
        this.joinedAt = now;
    }

    long circleId() {
        return key.circleId;
    }

    long memberId() {
        return key.memberId;
    }

    CircleRole role() {
        return role;
    }

    boolean facilitates() {
        return role == CircleRole.FACILITATOR;
    }

    void promote() {
        role = CircleRole.FACILITATOR;
    }

    Instant joinedAt() {
        return joinedAt;
    }

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "circle_id")
        private long circleId;

        @Column(name = "member_id")
        private long memberId;

        protected Key() {}

        Key(long circleId, long memberId) {
            this.circleId = circleId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.circleId == circleId && k.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(circleId) * 31 + Long.hashCode(memberId);
        }
    }
}

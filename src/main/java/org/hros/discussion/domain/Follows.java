package org.hros.discussion.domain;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.discussion.FollowState;
import org.hros.shared.SubjectRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who follows and who muted a thread. */
@Component
class Follows {

    private final JdbcClient jdbc;
    private final Clock clock;

    Follows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    FollowState state(SubjectRef subject, long memberId) {
        return jdbc.sql("select muted from thread_follow where subject_type = ? and subject_id = ? and member_id = ?")
                .params(subject.type().name(), subject.id(), memberId)
                .query(Boolean.class)
                .optional()
                .map(muted -> muted ? FollowState.MUTED : FollowState.FOLLOWING)
                .orElse(FollowState.NONE);
    }

    void set(SubjectRef subject, long memberId, FollowState state) {
        if (state == FollowState.NONE) {
            jdbc.sql("delete from thread_follow where subject_type = ? and subject_id = ? and member_id = ?")
                    .params(subject.type().name(), subject.id(), memberId)
                    .update();
            return;
        }
        jdbc.sql("insert into thread_follow (subject_type, subject_id, member_id, muted, updated_at)"
                        + " values (?, ?, ?, ?, ?) on conflict (subject_type, subject_id, member_id)"
                        + " do update set muted = excluded.muted, updated_at = excluded.updated_at")
                .params(
                        subject.type().name(),
                        subject.id(),
                        memberId,
                        state == FollowState.MUTED,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** Follows the thread unless the member muted it (or already follows it). */
    void followUnlessMuted(SubjectRef subject, long memberId) {
        jdbc.sql("insert into thread_follow (subject_type, subject_id, member_id, muted, updated_at)"
                        + " values (?, ?, ?, false, ?) on conflict do nothing")
                .params(subject.type().name(), subject.id(), memberId, java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** Everyone following the thread and not muted. */
    Set<Long> followers(SubjectRef subject) {
        return jdbc
                .sql("select member_id from thread_follow where subject_type = ? and subject_id = ? and not muted")
                .params(subject.type().name(), subject.id())
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }
}

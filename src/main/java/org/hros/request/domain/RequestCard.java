package org.hros.request.domain;

import java.time.Instant;
import java.util.List;
import org.hros.member.MemberCard;
import org.hros.request.RequestStatus;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/** A request on the board. {@code poster} is absent when the member's account is gone. */
public record RequestCard(
        long id,
        String slug,
        String title,
        String excerpt,
        RequestStatus status,
        List<Topic> topics,
        List<Skill> skills,
        long votes,
        long recentVotes,
        Instant createdAt,
        MemberCard poster) {

    public String path() {
        return RequestPaths.of(id, slug);
    }
}

package org.hros.member;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * What a member chose to follow (the topics and skills of their profile), their welcome, and when they last came,
 * for the welcome and the home page.
 */
public interface MemberInterests {

    /** The topics and skills on the member's profile; empty sets when they chose none. */
    Interests interests(long memberId);

    /**
     * The interests of every verified member who is not suspended, keyed by id, for periodic mail (the digest):
     * one query for the whole community.
     */
    Map<Long, Interests> interestsOfActiveMembers();

    /** Replaces the topics and skills on the member's profile, leaving the rest of it as it is. */
    void chooseInterests(long memberId, Set<Topic> topics, Set<Skill> skills);

    /** Whether the member finished or skipped the welcome; until then it is offered after their first log-in. */
    boolean welcomed(long memberId);

    /** Marks the welcome as finished (or skipped): it is not offered again, though it stays reachable. */
    void finishWelcome(long memberId);

    /**
     * Records that the member is here and returns when their previous visit began, if they had one. Activity
     * within an hour of the recorded visit counts as the same visit, so the answer stays put while they look
     * around and the member's row is written at most once an hour.
     */
    Optional<Instant> recordVisit(long memberId);

    /** A member's chosen topics and skills. */
    record Interests(Set<Topic> topics, Set<Skill> skills) {

        public Interests {
            topics = Set.copyOf(topics);
            skills = Set.copyOf(skills);
        }

        public boolean none() {
            return topics.isEmpty() && skills.isEmpty();
        }
    }
}

package org.hros.home.web;

import java.util.List;
import java.util.Set;
import org.hros.member.MemberInterests;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/** The welcome's first step: the topics and skills a member follows. */
public record InterestsForm(List<Topic> topics, List<Skill> skills) {

    static InterestsForm of(MemberInterests.Interests interests) {
        return new InterestsForm(List.copyOf(interests.topics()), List.copyOf(interests.skills()));
    }

    public Set<Topic> topicSet() {
        return topics == null || topics.isEmpty() ? new java.util.TreeSet<>() : new java.util.TreeSet<>(topics);
    }

    public Set<Skill> skillSet() {
        return skills == null || skills.isEmpty() ? new java.util.TreeSet<>() : new java.util.TreeSet<>(skills);
    }
}

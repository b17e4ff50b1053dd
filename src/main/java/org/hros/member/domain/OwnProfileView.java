package org.hros.member.domain;

import java.util.Set;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/** A member's profile as they themselves see it when editing, private fields included. */
public record OwnProfileView(
        long id,
        String email,
        String handle,
        String displayName,
        String headline,
        String company,
        boolean companyPublic,
        String bio,
        Set<Topic> topics,
        Set<Skill> skills) {}

package org.hros.member.domain;

import java.util.Set;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/** A member's changes to their own profile. */
public record ProfileCommand(
        String displayName,
        String headline,
        String company,
        boolean companyPublic,
        String bio,
        Set<Topic> topics,
        Set<Skill> skills) {}

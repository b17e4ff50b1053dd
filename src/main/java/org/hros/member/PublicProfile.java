package org.hros.member;

import java.time.Instant;
import java.util.Set;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * A member's profile as anyone may read it.
 *
 * @param card name, handle and headline
 * @param company the employer, only when the member chose to show it, otherwise {@code null}
 * @param bio a short introduction, plain text
 * @param topics topics of interest
 * @param skills skills of interest
 * @param memberSince when they joined
 */
public record PublicProfile(
        MemberCard card, String company, String bio, Set<Topic> topics, Set<Skill> skills, Instant memberSince) {}

package org.hros.radar.domain;

import java.util.List;
import java.util.Set;
import org.hros.shared.Quadrant;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * What an editor says about a practice. A case or request ties to it when it is on any of its topics or skills,
 * or when its title or summary contains any of its keywords.
 */
public record PracticeCommand(
        String name,
        String description,
        Quadrant quadrant,
        Set<Topic> topics,
        Set<Skill> skills,
        List<String> keywords) {

    public PracticeCommand {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}

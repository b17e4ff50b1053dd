package org.hros.radar.domain;

import java.util.List;
import java.util.Set;
import org.hros.shared.Quadrant;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/** An editor-curated practice as editors and readers see it. */
public record PracticeView(
        long id,
        String slug,
        String name,
        String description,
        Quadrant quadrant,
        Set<Topic> topics,
        Set<Skill> skills,
        List<String> keywords,
        boolean retired) {}

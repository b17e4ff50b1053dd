package org.hros.request;

import java.util.List;
import org.hros.shared.Industry;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * A member's request, from the form or the API.
 *
 * @param description Markdown; rendered and sanitised when saved
 * @param sizeBand optional: the size of company the request is about
 * @param industry optional: the industry the request is about
 */
public record RequestCommand(
        String title,
        String description,
        List<Topic> topics,
        List<Skill> skills,
        SizeBand sizeBand,
        Industry industry) {

    public RequestCommand {
        topics = topics == null ? List.of() : List.copyOf(topics);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}

package org.hros.request.web;

import java.util.List;
import org.hros.request.RequestCommand;
import org.hros.shared.Industry;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/** The request form; the agenda's rules check it, so that the form and the API say the same. */
public record RequestForm(
        String title,
        String description,
        List<Topic> topics,
        List<Skill> skills,
        SizeBand sizeBand,
        Industry industry) {

    static RequestForm blank() {
        return new RequestForm("", "", List.of(), List.of(), null, null);
    }

    RequestCommand command() {
        return new RequestCommand(title, description, topics, skills, sizeBand, industry);
    }

    public boolean has(Topic topic) {
        return topics != null && topics.contains(topic);
    }

    public boolean has(Skill skill) {
        return skills != null && skills.contains(skill);
    }
}

package org.hros.casestudy;

import java.util.List;
import java.util.Map;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * An author's version of a case, from the form or the API. Everything but the type and title may be missing
 * in a draft; submission has further rules. A missing attribution leaves it unchanged when editing, and
 * makes a new case anonymous: the safe default.
 *
 * @param version the version the author edited, to detect concurrent changes; {@code null} for a new case
 */
public record CaseCommand(
        CaseType type,
        String title,
        Outcome outcome,
        List<Topic> topics,
        List<Skill> skills,
        CaseContext context,
        Licence licence,
        String vendorDisclosure,
        AttributionMode attribution,
        String roleDescriptor,
        Map<Section, String> sections,
        Integer version) {

    public CaseCommand {
        topics = topics == null ? List.of() : List.copyOf(topics);
        skills = skills == null ? List.of() : List.copyOf(skills);
        context = context == null ? CaseContext.EMPTY : context;
        licence = licence == null ? Licence.DEFAULT : licence;
        sections = sections == null ? Map.of() : Map.copyOf(sections);
    }
}

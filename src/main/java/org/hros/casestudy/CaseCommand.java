package org.hros.casestudy;

import java.time.Instant;
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
 * @param approverEmail someone at the author's employer who must approve publication, or {@code null}
 * @param embargoUntil the case is not published before this time; {@code null} for as soon as approved
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
        Integer version,
        String approverEmail,
        Instant embargoUntil) {

    public CaseCommand {
        topics = topics == null ? List.of() : List.copyOf(topics);
        skills = skills == null ? List.of() : List.copyOf(skills);
        context = context == null ? CaseContext.EMPTY : context;
        licence = licence == null ? Licence.DEFAULT : licence;
        sections = sections == null ? Map.of() : Map.copyOf(sections);
        approverEmail = approverEmail == null || approverEmail.isBlank() ? null : approverEmail.strip();
    }

    /** A case without employer approval or embargo. */
    public CaseCommand(
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
        this(
                type,
                title,
                outcome,
                topics,
                skills,
                context,
                licence,
                vendorDisclosure,
                attribution,
                roleDescriptor,
                sections,
                version,
                null,
                null);
    }
}

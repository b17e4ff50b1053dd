package org.hros.casestudy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.ReviewNoteView;
import org.hros.casestudy.Section;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * The working copy of a case as its author sees it: Markdown to edit, and the editors' notes from rounds
 * that were returned.
 *
 * @param publishedRevision the revision readers see, 0 when never published
 * @param publicPath where readers find it, or {@code null} when it is not public
 * @param approverEmail who at the author's employer approves publication; for the author's eyes only
 * @param embargoUntil not published before this time, or {@code null}
 */
public record DraftView(
        long id,
        CaseType type,
        CaseStatus status,
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
        int version,
        int round,
        int publishedRevision,
        boolean withdrawn,
        String publicPath,
        Instant updatedAt,
        List<ReviewNoteView> notes,
        String approverEmail,
        Instant embargoUntil) {

    public String markdown(Section section) {
        return sections.getOrDefault(section, "");
    }

    /** Notes on one section (or on the whole case when {@code section} is null). */
    public List<ReviewNoteView> notesOn(Section section) {
        return notes.stream()
                .filter(n -> java.util.Objects.equals(n.section(), section))
                .toList();
    }

    /** The sections the editors left notes on, in template order, so the author sees where to look. */
    public List<Section> sectionsWithNotes() {
        return Section.of(type).stream().filter(s -> !notesOn(s).isEmpty()).toList();
    }
}

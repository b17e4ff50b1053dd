package org.hros.casestudy;

import java.time.Instant;
import java.util.List;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * One published revision of a case, as readers see it.
 *
 * @param id the case's id
 * @param revision the revision shown
 * @param latestRevision the newest revision, which is the one shown by default
 * @param revisions every revision, newest first
 */
public record CaseView(
        long id,
        int revision,
        int latestRevision,
        CaseType type,
        String title,
        String slug,
        Outcome outcome,
        List<SectionView> sections,
        List<Topic> topics,
        List<Skill> skills,
        CaseContext context,
        Licence licence,
        String vendorDisclosure,
        Instant publishedAt,
        Instant firstPublishedAt,
        AttributionView attribution,
        boolean sample,
        List<RevisionRef> revisions) {

    public String path() {
        return "/cases/" + id + "/" + slug;
    }

    public boolean isLatest() {
        return revision == latestRevision;
    }

    /** A section's stored, sanitised HTML. */
    public record SectionView(Section section, String html) {}

    /** A published revision in the history list. */
    public record RevisionRef(int number, Instant publishedAt) {}
}

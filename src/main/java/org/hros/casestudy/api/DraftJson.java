package org.hros.casestudy.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.ReviewNoteView;
import org.hros.casestudy.domain.DraftView;
import org.hros.shared.Vocabulary;

/**
 * A case's working copy as its author reads it through the API.
 *
 * @param embargoUntil not published before this time, or {@code null}
 */
record DraftJson(
        long id,
        String type,
        String status,
        String title,
        String outcome,
        List<String> topics,
        List<String> skills,
        CaseRequest.ContextJson context,
        String licence,
        String vendorDisclosure,
        String attribution,
        String roleDescriptor,
        Map<String, String> sections,
        int version,
        int publishedRevision,
        boolean withdrawn,
        Instant updatedAt,
        List<NoteJson> notes,
        String approverEmail,
        Instant embargoUntil) {

    static DraftJson of(DraftView d) {
        Map<String, String> sections = new LinkedHashMap<>();
        d.sections().forEach((section, text) -> sections.put(section.key(), text));
        var c = d.context();
        return new DraftJson(
                d.id(),
                d.type().name(),
                d.status().name(),
                d.title(),
                d.outcome() == null ? null : d.outcome().name(),
                Vocabulary.slugs(d.topics()),
                Vocabulary.slugs(d.skills()),
                new CaseRequest.ContextJson(
                        c.sizeBand() == null ? null : c.sizeBand().slug(),
                        c.industry() == null ? null : c.industry().slug(),
                        c.region() == null ? null : c.region().slug(),
                        c.teamSize(),
                        c.year()),
                d.licence().name(),
                d.vendorDisclosure(),
                d.attribution().name(),
                d.roleDescriptor(),
                sections,
                d.version(),
                d.publishedRevision(),
                d.withdrawn(),
                d.updatedAt(),
                d.notes().stream().map(NoteJson::of).toList(),
                d.approverEmail(),
                d.embargoUntil());
    }

    /** An editor's note the author may read, or the comment of the employer's approver. */
    record NoteJson(String section, int round, String body, Instant createdAt, boolean fromApprover) {

        static NoteJson of(ReviewNoteView n) {
            return new NoteJson(
                    n.section() == null ? null : n.section().key(),
                    n.round(),
                    n.body(),
                    n.createdAt(),
                    n.fromApprover());
        }
    }
}

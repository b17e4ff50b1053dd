package org.hros.casestudy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hros.member.MemberCard;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * A case as its editor reviews it: the working copy, the real author (editors only) and the notes so far.
 *
 * @param author the real author; shown on the review screen only
 * @param publicAttribution how readers will see the author once published
 * @param sectionsHtml each filled section's sanitised HTML, in template order
 * @param notes every note of every round, oldest first
 * @param employerApproval whether the author named an approver at their employer, who must approve first
 * @param authorConfirmedIdentifiable the author submitted this round despite a high identifiability rating
 * @param embargoUntil the time before which the case may not be published, or {@code null}
 * @param identifyingDetails what the redaction assistant finds in the working copy
 * @param sectionsMarkdown each filled section's Markdown, for an editor's small fix
 */
public record Submission(
        long caseId,
        CaseType type,
        CaseStatus status,
        String title,
        Outcome outcome,
        List<Topic> topics,
        List<Skill> skills,
        CaseContext context,
        Licence licence,
        String vendorDisclosure,
        MemberCard author,
        AttributionView publicAttribution,
        Map<Section, String> sectionsHtml,
        int round,
        Instant submittedAt,
        Long reviewerId,
        String reviewerName,
        int publishedRevision,
        List<ReviewNoteView> notes,
        IdentifyingDetails identifyingDetails,
        boolean employerApproval,
        Instant embargoUntil,
        boolean authorConfirmedIdentifiable,
        Map<Section, String> sectionsMarkdown) {}

package org.hros.casestudy.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hros.casestudy.CaseDeclined;
import org.hros.casestudy.CaseView;
import org.hros.casestudy.Section;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approver's side: reading the case through their private link, and approving or declining it. The
 * approver is not a member; the link is all they have, and it works once, for a limited time.
 */
@Service
public class EmployerApprovals {

    private final EmployerApprovalRepository approvals;
    private final CaseStudyRepository cases;
    private final ReviewNoteRepository notes;
    private final AttributionPolicy attribution;
    private final Publication publication;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployerApprovals(
            EmployerApprovalRepository approvals,
            CaseStudyRepository cases,
            ReviewNoteRepository notes,
            AttributionPolicy attribution,
            Publication publication,
            ApplicationEventPublisher events,
            Clock clock) {
        this.approvals = approvals;
        this.cases = cases;
        this.notes = notes;
        this.attribution = attribution;
        this.publication = publication;
        this.events = events;
        this.clock = clock;
    }

    /** The case behind a link, or empty when the link is unknown, used, expired or no longer wanted. */
    @Transactional(readOnly = true)
    public Optional<ApprovalView> open(String secret) {
        Instant now = clock.instant();
        return approvals
                .findByTokenHash(Secrets.sha256(secret))
                .flatMap(a -> cases.findById(a.caseId())
                        .filter(c -> a.usableFor(c, now))
                        .map(c -> view(c, a)));
    }

    /**
     * Records the approver's decision. Approving takes the case on to publication (or to its embargo) as if
     * the editor who approved it had published it now; declining returns it to its author with the comment.
     *
     * @return false when the link can no longer be used, and nothing happened
     */
    @Transactional
    public boolean decide(String secret, boolean approve, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.length() > ReviewNote.MAX_LENGTH) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError("comment", "approval.comment.tooLong")));
        }
        Optional<EmployerApproval> found = approvals.findForUpdate(Secrets.sha256(secret));
        if (found.isEmpty()) {
            return false;
        }
        EmployerApproval approval = found.get();
        CaseStudy c = cases.findForUpdate(approval.caseId()).orElse(null);
        Instant now = clock.instant();
        if (c == null || !approval.usableFor(c, now)) {
            return false;
        }
        if (approve) {
            approval.decide(EmployerApproval.Decision.APPROVED, text, now);
            if (!text.isEmpty()) {
                notes.save(ReviewNote.fromApprover(c.id(), c.reviewRound(), text, now));
            }
            c.approve();
            publication.release(c, c.reviewerId());
        } else {
            approval.decide(EmployerApproval.Decision.DECLINED, text, now);
            notes.save(ReviewNote.fromApprover(c.id(), c.reviewRound(), text, now));
            c.decline();
            events.publishEvent(new CaseDeclined(c.id(), c.authorId(), c.reviewRound()));
        }
        return true;
    }

    private ApprovalView view(CaseStudy c, EmployerApproval a) {
        List<CaseView.SectionView> sections = Section.of(c.type()).stream()
                .filter(s -> !c.html(s).isBlank())
                .map(s -> new CaseView.SectionView(s, c.html(s)))
                .toList();
        return new ApprovalView(
                c.type(),
                c.title(),
                c.outcome(),
                sections,
                c.topics(),
                c.skills(),
                c.context(),
                c.licence(),
                c.vendorDisclosure(),
                attribution.publicView(c.attribution(), c.roleDescriptor(), c.authorId()),
                c.publishedRevision() > 0,
                c.embargoUntil(),
                a.expiresAt());
    }
}

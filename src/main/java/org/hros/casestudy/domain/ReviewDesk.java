package org.hros.casestudy.domain;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.casestudy.CaseFixedByEditor;
import org.hros.casestudy.CaseReturned;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.CaseWithdrawn;
import org.hros.casestudy.QueueItem;
import org.hros.casestudy.ReviewNoteView;
import org.hros.casestudy.Section;
import org.hros.casestudy.Submission;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements the editors' side of the lifecycle. */
@Service
class ReviewDesk implements CaseReviews {

    private static final List<CaseStatus> AWAITING = List.of(CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW);

    private final CaseStudyRepository cases;
    private final Publication publication;
    private final ReviewNoteRepository notes;
    private final ReviewNotes noteViews;
    private final AttributionPolicy attribution;
    private final MemberDirectory members;
    private final IdentifiabilityCheck identifiability;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final ReviewRounds rounds;
    private final Clock clock;

    ReviewDesk(
            CaseStudyRepository cases,
            Publication publication,
            ReviewNoteRepository notes,
            ReviewNotes noteViews,
            AttributionPolicy attribution,
            MemberDirectory members,
            IdentifiabilityCheck identifiability,
            ApplicationEventPublisher events,
            AuditLog audit,
            ReviewRounds rounds,
            Clock clock) {
        this.rounds = rounds;
        this.cases = cases;
        this.publication = publication;
        this.notes = notes;
        this.noteViews = noteViews;
        this.attribution = attribution;
        this.members = members;
        this.identifiability = identifiability;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueItem> queue() {
        List<CaseStudy> waiting = cases.findQueue(AWAITING);
        Set<Long> reviewers = waiting.stream()
                .map(CaseStudy::reviewerId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, MemberCard> cards = members.cards(reviewers);
        return waiting.stream()
                .map(c -> new QueueItem(
                        c.id(),
                        c.type(),
                        c.title(),
                        c.outcome(),
                        c.attribution(),
                        c.status(),
                        c.reviewRound(),
                        c.submittedAt(),
                        c.reviewerId() == null
                                ? null
                                : cards.get(c.reviewerId()).displayName(),
                        c.reviewerId()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public QueueSize queueSize(long editorId) {
        return new QueueSize(cases.countByStatusIn(AWAITING), cases.countByStatusInAndReviewerId(AWAITING, editorId));
    }

    @Override
    @Transactional
    public Submission submission(long caseId, long viewerId) {
        CaseStudy c = cases.findById(caseId)
                .filter(x -> AWAITING.contains(x.status()))
                .orElseThrow(() -> new NotFoundException("This case is not awaiting review."));
        Map<Section, String> html = new EnumMap<>(Section.class);
        Map<Section, String> markdown = new EnumMap<>(Section.class);
        for (Section s : Section.of(c.type())) {
            if (!c.html(s).isEmpty()) {
                html.put(s, c.html(s));
                markdown.put(s, c.markdown(s));
            }
        }
        MemberCard reviewer =
                c.reviewerId() == null ? null : members.find(c.reviewerId()).orElse(null);
        // Once per editor and review round, named by the title the editor saw: the log says who saw whose case,
        // not how often the page was reloaded.
        audit.recordOnce(viewerId, AuditAction.VIEWED_AUTHOR, c.id(), "Round " + c.reviewRound() + ": " + c.title());
        return new Submission(
                c.id(),
                c.type(),
                c.status(),
                c.title(),
                c.outcome(),
                c.topics(),
                c.skills(),
                c.context(),
                c.licence(),
                c.vendorDisclosure(),
                members.find(c.authorId()).orElse(null),
                attribution.publicView(c.attribution(), c.roleDescriptor(), c.authorId()),
                html,
                c.reviewRound(),
                c.submittedAt(),
                c.reviewerId(),
                reviewer == null ? null : reviewer.displayName(),
                c.publishedRevision(),
                noteViews.of(c.id()),
                identifiability.of(c),
                c.approverEmail() != null,
                c.embargoUntil(),
                c.identifiableConfirmed(),
                markdown);
    }

    @Override
    @Transactional
    public void claim(long caseId, long editorId) {
        CaseStudy c = locked(caseId);
        c.claim(editorId);
        rounds.acted(c.id(), c.reviewRound(), clock.instant());
    }

    @Override
    @Transactional
    public ReviewNoteView addNote(long caseId, long editorId, Section section, String body) {
        CaseStudy c = locked(caseId);
        if (c.status() != CaseStatus.IN_REVIEW || !Long.valueOf(editorId).equals(c.reviewerId())) {
            throw new ConflictException("Claim the case before reviewing it.");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > ReviewNote.MAX_LENGTH) {
            throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError(
                    "body", text.isEmpty() ? "review.note.required" : "review.note.tooLong")));
        }
        if (section != null && !section.belongsTo(c.type())) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError("section", "review.note.section")));
        }
        ReviewNote note = notes.save(new ReviewNote(
                caseId, c.reviewRound(), section == null ? null : section.key(), text, editorId, clock.instant()));
        return ReviewNotes.view(note, members.find(editorId).orElse(null));
    }

    @Override
    @Transactional
    public ReviewNoteView fixSection(long caseId, long editorId, Section section, String text, String why) {
        CaseStudy c = locked(caseId);
        String after = text == null ? "" : text.strip();
        String reason = why == null ? "" : why.strip();
        List<FieldErrorsException.FieldError> problems = new java.util.ArrayList<>();
        String before = c.markdown(section);
        String textProblem = after.isEmpty()
                ? "review.fix.empty"
                : after.length() > Section.MAX_LENGTH
                        ? "review.fix.tooLong"
                        : after.equals(before.strip())
                                ? "review.fix.unchanged"
                                : EditorFixes.changedCharacters(before, after) > EditorFixes.MAX_CHANGED
                                        ? "review.fix.tooBig"
                                        : null;
        if (textProblem != null) {
            problems.add(new FieldErrorsException.FieldError("text", textProblem));
        }
        if (reason.isEmpty() || reason.length() > EditorFixes.MAX_REASON) {
            problems.add(new FieldErrorsException.FieldError(
                    "why", reason.isEmpty() ? "review.fix.whyRequired" : "review.fix.whyTooLong"));
        }
        if (!problems.isEmpty()) {
            throw new FieldErrorsException(problems);
        }
        c.fixByEditor(editorId, section, after, clock.instant());
        ReviewNote note = notes.save(ReviewNote.fix(
                caseId, c.reviewRound(), section.key(), reason, before, after, editorId, clock.instant()));
        events.publishEvent(new CaseFixedByEditor(c.id(), c.authorId(), c.title(), note.id(), reason));
        return ReviewNotes.view(note, members.find(editorId).orElse(null));
    }

    @Override
    @Transactional
    public void returnToAuthor(long caseId, long editorId, String message) {
        CaseStudy c = locked(caseId);
        boolean hasMessage = message != null && !message.isBlank();
        if (hasMessage) {
            addNote(caseId, editorId, null, message);
        }
        boolean hasNotes =
                notes.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream().anyMatch(n -> n.round() == c.reviewRound());
        if (!hasNotes) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError("message", "review.return.needsNote")));
        }
        c.returnToAuthor(editorId);
        rounds.decided(c.id(), c.reviewRound(), clock.instant());
        events.publishEvent(new CaseReturned(c.id(), c.authorId(), c.reviewRound()));
    }

    @Override
    @Transactional
    public CaseStatus publish(long caseId, long editorId) {
        CaseStudy c = locked(caseId);
        CaseStatus status = publication.release(c, editorId);
        rounds.decided(c.id(), c.reviewRound(), clock.instant());
        return status;
    }

    @Override
    @Transactional
    public void takeDown(long caseId, long editorId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError(
                    "reason", why.isEmpty() ? "takedown.reason.required" : "takedown.reason.tooLong")));
        }
        CaseStudy c = locked(caseId);
        if (c.withdrawn()) {
            return;
        }
        c.withdraw(clock.instant());
        audit.record(editorId, AuditAction.TOOK_DOWN, c.id(), why);
        events.publishEvent(new CaseWithdrawn(c.id()));
    }

    private CaseStudy locked(long caseId) {
        return cases.findForUpdate(caseId).orElseThrow(() -> new NotFoundException("No such case"));
    }
}

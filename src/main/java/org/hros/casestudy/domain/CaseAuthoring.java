package org.hros.casestudy.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseAttributionChanged;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseDrafts;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.CaseSubmitted;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.CaseWithdrawn;
import org.hros.casestudy.IdentifyingDetails;
import org.hros.casestudy.ReviewNoteView;
import org.hros.casestudy.Section;
import org.hros.moderation.AuditAction;
import org.hros.moderation.AuditLog;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The author's side of the lifecycle: write, save, submit, withdraw. Only ever on one's own cases. */
@Service
public class CaseAuthoring implements CaseDrafts {

    /** The form field and API parameter by which an author confirms submitting an identifiable case. */
    public static final String CONFIRM_IDENTIFIABLE = "confirmIdentifiable";

    private static final int MAX_REPLACEMENT = 200;

    private final CaseStudyRepository cases;
    private final ReviewNoteRepository notes;
    private final ReviewNotes noteViews;
    private final IdentifiabilityCheck identifiability;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final HelpfulCounts helpfulCounts;
    private final ReviewRounds rounds;
    private final Clock clock;

    CaseAuthoring(
            CaseStudyRepository cases,
            ReviewNoteRepository notes,
            ReviewNotes noteViews,
            IdentifiabilityCheck identifiability,
            ApplicationEventPublisher events,
            AuditLog audit,
            HelpfulCounts helpfulCounts,
            ReviewRounds rounds,
            Clock clock) {
        this.helpfulCounts = helpfulCounts;
        this.rounds = rounds;
        this.cases = cases;
        this.notes = notes;
        this.noteViews = noteViews;
        this.identifiability = identifiability;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves a new draft and returns its id. */
    @Transactional
    public long createDraft(long authorId, CaseCommand command) {
        CaseRules.checkSave(command, clock);
        CaseRules.checkWords(command, null);
        return cases.save(new CaseStudy(authorId, command, clock.instant())).id();
    }

    @Override
    @Transactional
    public long startDraft(long authorId, CaseType type, String title) {
        CaseCommand command = new CaseCommand(type, title, null, null, null, null, null, null, null, null, null, null);
        return createDraft(authorId, command);
    }

    @Transactional
    public DraftView saveDraft(long authorId, long caseId, CaseCommand command) {
        CaseRules.checkSave(command, clock);
        CaseStudy c = own(authorId, caseId);
        if (command.type() != c.type()) {
            throw new ConflictException("A case keeps its form; start a new one to change it.");
        }
        CaseRules.checkWords(command, c);
        c.edit(command, clock.instant());
        cases.flush();
        return view(c);
    }

    /** Submits without confirming identifying details; see {@link #submit(long, long, boolean)}. */
    @Transactional
    public DraftView submit(long authorId, long caseId) {
        return submit(authorId, caseId, false);
    }

    /**
     * Sends a complete case to the editors. A role-only or anonymous case that the redaction assistant rates
     * highly identifiable goes only with the author's explicit confirmation that they have checked the findings.
     *
     * @throws FieldErrorsException naming {@code confirmIdentifiable} when that confirmation is missing
     */
    @Transactional
    public DraftView submit(long authorId, long caseId, boolean confirmedIdentifiable) {
        CaseStudy c = own(authorId, caseId);
        List<FieldError> unconfirmed = List.of();
        boolean needsConfirmation = c.submittable()
                && c.attribution() != AttributionMode.NAMED
                && identifiability.of(c).needsConfirmation();
        if (needsConfirmation && !confirmedIdentifiable) {
            unconfirmed = List.of(new FieldError(CONFIRM_IDENTIFIABLE, "redaction.confirm.required"));
        }
        Instant now = clock.instant();
        c.submit(now, unconfirmed);
        c.recordIdentifiableConfirmation(needsConfirmation);
        events.publishEvent(new CaseSubmitted(c.id(), c.reviewRound(), c.title(), c.authorId()));
        cases.flush();
        rounds.submitted(c.id(), c.reviewRound(), now);
        return view(c);
    }

    /** What the redaction assistant finds in one's own case, field by field. */
    @Transactional(readOnly = true)
    public IdentifyingDetails identifyingDetails(long authorId, long caseId) {
        return identifiability.of(own(authorId, caseId));
    }

    /**
     * Puts {@code replacement} in place of the text between {@code start} and {@code end} of one field, saving a
     * new version of the draft, provided that text still reads {@code expected}.
     *
     * @param field “title”, “roleDescriptor”, “vendorDisclosure” or a section key
     * @throws ConflictException when the text there has changed since it was checked
     */
    @Transactional
    public DraftView applyReplacement(
            long authorId, long caseId, String field, int start, int end, String expected, String replacement) {
        CaseStudy c = own(authorId, caseId);
        String text = c.text(field == null ? "" : field)
                .orElseThrow(
                        () -> new FieldErrorsException(List.of(new FieldError("field", "redaction.field.unknown"))));
        if (replacement == null || replacement.length() > MAX_REPLACEMENT || replacement.contains("\n")) {
            throw new FieldErrorsException(List.of(new FieldError("replacement", "redaction.replacement.invalid")));
        }
        if (expected == null
                || start < 0
                || end < start
                || end > text.length()
                || !text.substring(start, end).equals(expected)) {
            throw new ConflictException("The text has changed since it was checked.");
        }
        String changed = text.substring(0, start) + replacement + text.substring(end);
        CaseRules.checkField(field, changed);
        c.replaceText(field, changed, clock.instant());
        cases.flush();
        return view(c);
    }

    /** Takes a published case out of the library at once; it answers 410 Gone from then on. */
    @Transactional
    public void withdraw(long authorId, long caseId) {
        CaseStudy c = own(authorId, caseId);
        c.withdraw(clock.instant());
        audit.record(authorId, AuditAction.WITHDREW, c.id(), null);
        events.publishEvent(new CaseWithdrawn(c.id()));
    }

    /**
     * Changes how a case credits its author, taking effect for readers at once. Showing readers more of the
     * author of a published case needs {@code confirmed}; without it a field error names the confirmation.
     */
    @Transactional
    public DraftView changeAttribution(
            long authorId, long caseId, AttributionMode mode, String roleDescriptor, boolean confirmed) {
        CaseStudy c = own(authorId, caseId);
        if (mode == AttributionMode.ROLE_ONLY && (roleDescriptor == null || roleDescriptor.isBlank())) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError("roleDescriptor", "case.roleDescriptor.required")));
        }
        if (roleDescriptor != null && roleDescriptor.length() > CaseRules.MAX_ROLE) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError("roleDescriptor", "case.roleDescriptor.tooLong")));
        }
        boolean revealing = c.publishedRevision() > 0 && c.revealsMore(mode, roleDescriptor);
        if (revealing && !confirmed) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError("confirm", "case.attribution.confirmRequired")));
        }
        c.changeAttribution(mode, roleDescriptor);
        if (revealing) {
            audit.record(authorId, AuditAction.REVEALED_ATTRIBUTION, c.id(), mode.name());
        }
        cases.flush();
        if (c.publishedRevision() > 0) {
            helpfulCounts.refresh(c.id());
            events.publishEvent(new CaseAttributionChanged(c.id()));
        }
        return view(c);
    }

    /** Deletes a case that was never published and is not with an editor. */
    @Transactional
    public void discard(long authorId, long caseId) {
        CaseStudy c = own(authorId, caseId);
        if (c.publishedRevision() > 0 || !c.status().editableByAuthor()) {
            throw new ConflictException("Only an unpublished draft can be deleted.");
        }
        notes.deleteAll(notes.findByCaseIdOrderByCreatedAtAscIdAsc(caseId));
        cases.delete(c);
    }

    @Transactional(readOnly = true)
    public DraftView draft(long authorId, long caseId) {
        return view(own(authorId, caseId));
    }

    @Transactional(readOnly = true)
    public List<MyCaseItem> myCases(long authorId) {
        return cases.findByAuthorIdOrderByUpdatedAtDesc(authorId).stream()
                .map(c -> new MyCaseItem(
                        c.id(),
                        c.type(),
                        c.title(),
                        c.outcome(),
                        c.status(),
                        c.attribution(),
                        c.publishedRevision(),
                        c.withdrawn(),
                        publicPath(c),
                        c.updatedAt(),
                        c.status() == CaseStatus.SCHEDULED ? c.embargoUntil() : null))
                .toList();
    }

    private CaseStudy own(long authorId, long caseId) {
        // Someone else's case answers exactly like a missing one, so ids reveal nothing.
        return cases.findById(caseId)
                .filter(c -> c.authorId() == authorId)
                .orElseThrow(() -> new NotFoundException("No such case"));
    }

    private DraftView view(CaseStudy c) {
        Map<Section, String> markdown = new EnumMap<>(Section.class);
        for (Section s : Section.of(c.type())) {
            if (!c.markdown(s).isEmpty()) {
                markdown.put(s, c.markdown(s));
            }
        }
        // Notes of the round under review stay with the editor until the case is returned; an editor's fix is shown
        // at once, as the author's text has changed and they have been told.
        int visibleRounds = c.status() == CaseStatus.SUBMITTED || c.status() == CaseStatus.IN_REVIEW
                ? c.reviewRound() - 1
                : c.reviewRound();
        List<ReviewNoteView> visible = noteViews.of(c.id()).stream()
                .filter(n -> n.round() <= visibleRounds || n.fix())
                .toList();
        return new DraftView(
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
                c.attribution(),
                c.roleDescriptor(),
                markdown,
                c.version(),
                c.reviewRound(),
                c.publishedRevision(),
                c.withdrawn(),
                publicPath(c),
                c.updatedAt(),
                visible,
                c.approverEmail(),
                c.embargoUntil());
    }

    private static String publicPath(CaseStudy c) {
        return c.publishedRevision() > 0 && !c.withdrawn() ? "/cases/" + c.id() : null;
    }
}

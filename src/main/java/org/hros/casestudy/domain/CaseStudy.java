package org.hros.casestudy.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.shared.ConflictException;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.MarkdownRenderer;
import org.hros.shared.Skill;
import org.hros.shared.Slugs;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

/**
 * The working copy of a case and its place in the lifecycle: draft → submitted → in review → returned or
 * published. Publishing snapshots the working copy into a {@link CaseRevision}; readers only ever see those.
 * Between the editor's approval and publication the case may wait for the approver the author named at their
 * employer, then for its embargo to end.
 */
@Entity
@Table(name = "case_study")
class CaseStudy {

    static final String TITLE = "title";
    static final String ROLE_DESCRIPTOR = "roleDescriptor";
    static final String VENDOR_DISCLOSURE = "vendorDisclosure";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CaseType type;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private long authorId;

    @Enumerated(EnumType.STRING)
    private AttributionMode attribution;

    private String roleDescriptor;
    private String title;
    private String slug;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String topics = "";
    private String skills = "";

    @Embedded
    private ContextColumns context = ContextColumns.of(CaseContext.EMPTY);

    @Enumerated(EnumType.STRING)
    private Licence licence;

    private String vendorDisclosure;
    private Long reviewerId;
    private int reviewRound;
    private int publishedRevision;
    private boolean sample;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant withdrawnAt;
    private String approverEmail;
    private Instant embargoUntil;
    private int approvedRound;

    private boolean identifiableConfirmed;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "case_section", joinColumns = @JoinColumn(name = "case_id"))
    @MapKeyColumn(name = "section")
    private Map<String, SectionText> sections = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "case_slug", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "slug")
    private Set<String> slugHistory = new HashSet<>();

    protected CaseStudy() {}

    CaseStudy(long authorId, CaseCommand command, Instant now) {
        this.authorId = authorId;
        this.type = command.type();
        this.status = CaseStatus.DRAFT;
        this.createdAt = now;
        apply(command, now);
    }

    /** Replaces the working copy with the author's version. The form of a case never changes. */
    void edit(CaseCommand command, Instant now) {
        if (!status.editableByAuthor()) {
            throw new ConflictException("A case under review cannot be edited until the editor has finished.");
        }
        if (command.version() != null && command.version() != version) {
            throw new StaleDraftException();
        }
        if (status == CaseStatus.PUBLISHED
                || status == CaseStatus.AWAITING_APPROVAL
                || status == CaseStatus.SCHEDULED) {
            status = CaseStatus.DRAFT;
        }
        apply(command, now);
    }

    private void apply(CaseCommand c, Instant now) {
        this.title = c.title().strip();
        this.slug = Slugs.slugify(title);
        this.outcome = c.outcome();
        this.topics = Vocabulary.joinAll(c.topics());
        this.skills = Vocabulary.joinAll(c.skills());
        this.context = ContextColumns.of(c.context());
        this.licence = c.licence();
        this.vendorDisclosure = blankToNull(c.vendorDisclosure());
        if (c.attribution() != null) {
            if (publishedRevision > 0 && revealsMore(c.attribution(), c.roleDescriptor())) {
                throw new FieldErrorsException(
                        List.of(new FieldErrorsException.FieldError("attribution", "case.attribution.useConfirm")));
            }
            changeAttribution(c.attribution(), c.roleDescriptor());
        } else if (attribution == null) {
            changeAttribution(AttributionMode.ANONYMOUS, null);
        }
        this.approverEmail = c.approverEmail();
        this.embargoUntil = c.embargoUntil();
        sections.clear();
        for (Section section : Section.of(type)) {
            String markdown = c.sections().get(section);
            if (markdown != null && !markdown.isBlank()) {
                sections.put(section.key(), new SectionText(markdown, MarkdownRenderer.toSafeHtml(markdown)));
            }
        }
        this.updatedAt = now;
    }

    /**
     * Whether a new attribution would show readers more of the author than the current one: a less private
     * mode, or another role descriptor (which may say more than the old one).
     */
    boolean revealsMore(AttributionMode mode, String descriptor) {
        if (mode.lessPrivateThan(attribution)) {
            return true;
        }
        return mode == AttributionMode.ROLE_ONLY
                && attribution == AttributionMode.ROLE_ONLY
                && !java.util.Objects.equals(blankToNull(descriptor), roleDescriptor);
    }

    /**
     * Sets how the case credits its author. Readers see the change at once, as every public view reads it
     * live. Callers check {@link #revealsMore} first: after publication, showing more needs a confirmation.
     */
    void changeAttribution(AttributionMode mode, String descriptor) {
        this.attribution = mode;
        this.roleDescriptor = mode == AttributionMode.ROLE_ONLY ? blankToNull(descriptor) : null;
    }

    /** Whether the case is in a state that can be submitted (a draft or a returned case). */
    boolean submittable() {
        return status == CaseStatus.DRAFT || status == CaseStatus.RETURNED;
    }

    /**
     * Sends the case to the editors.
     *
     * @param otherErrors problems found outside the case's own rules, reported together with those
     */
    void submit(Instant now, List<FieldErrorsException.FieldError> otherErrors) {
        if (!submittable()) {
            throw new ConflictException("Only a draft or a returned case can be submitted.");
        }
        CaseRules.checkSubmission(this, otherErrors);
        status = CaseStatus.SUBMITTED;
        submittedAt = now;
        reviewRound++;
        reviewerId = null;
    }

    /** Whether the author confirmed submitting this round although the assistant rated it highly identifiable. */
    void recordIdentifiableConfirmation(boolean confirmed) {
        this.identifiableConfirmed = confirmed;
    }

    boolean identifiableConfirmed() {
        return identifiableConfirmed;
    }

    void claim(long editorId) {
        requireAwaitingReview();
        if (editorId == authorId) {
            throw new ConflictException("Editors cannot review their own cases.");
        }
        reviewerId = editorId;
        status = CaseStatus.IN_REVIEW;
    }

    void returnToAuthor(long editorId) {
        requireClaimedBy(editorId);
        status = CaseStatus.RETURNED;
    }

    /** Whether the author named an approver at their employer who has not approved this round yet. */
    boolean needsApproval() {
        return approverEmail != null && approvedRound != reviewRound;
    }

    /** Whether publication must wait: the embargo ends after {@code now}. */
    boolean embargoedAt(Instant now) {
        return embargoUntil != null && embargoUntil.isAfter(now);
    }

    /** The editor approved; the employer's approver now decides. The editor stays recorded as the publisher. */
    void awaitApproval(long editorId) {
        requireReleasableBy(editorId);
        status = CaseStatus.AWAITING_APPROVAL;
    }

    void approve() {
        requireAwaitingApproval();
        approvedRound = reviewRound;
    }

    void decline() {
        requireAwaitingApproval();
        status = CaseStatus.RETURNED;
    }

    void schedule(long editorId) {
        requireReleasableBy(editorId);
        status = CaseStatus.SCHEDULED;
    }

    CaseRevision publish(long editorId, Instant now) {
        requireReleasableBy(editorId);
        status = CaseStatus.PUBLISHED;
        publishedRevision++;
        slugHistory.add(slug);
        reviewerId = null;
        // The embargo was for this publication; a later revision is not held back by it.
        embargoUntil = null;
        return CaseRevision.of(this, editorId, now);
    }

    /** Publishes without review; only for importing cases that were reviewed elsewhere (sample content). */
    CaseRevision importPublished(Instant publishedAt) {
        status = CaseStatus.PUBLISHED;
        publishedRevision++;
        slugHistory.add(slug);
        sample = true;
        return CaseRevision.of(this, null, publishedAt);
    }

    void withdraw(Instant now) {
        if (publishedRevision == 0) {
            throw new ConflictException("Only a published case can be withdrawn.");
        }
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
        // A withdrawn case is not published later behind its author's back.
        if (status == CaseStatus.AWAITING_APPROVAL || status == CaseStatus.SCHEDULED) {
            status = CaseStatus.DRAFT;
        }
    }

    void requireAwaitingReview() {
        if (status != CaseStatus.SUBMITTED && status != CaseStatus.IN_REVIEW) {
            throw new ConflictException("This case is not awaiting review.");
        }
    }

    /**
     * An editor may release a case they have claimed; once it has left review (approved by the employer, or
     * scheduled), only the editor who approved it is recorded as releasing it.
     */
    private void requireReleasableBy(long editorId) {
        boolean leftReview = status == CaseStatus.SCHEDULED
                || (status == CaseStatus.AWAITING_APPROVAL && approvedRound == reviewRound);
        if (!leftReview) {
            requireClaimedBy(editorId);
        } else if (reviewerId == null || reviewerId != editorId) {
            throw new ConflictException("Only the editor who approved this case can publish it.");
        }
    }

    private void requireAwaitingApproval() {
        if (status != CaseStatus.AWAITING_APPROVAL) {
            throw new ConflictException("This case is not waiting for approval.");
        }
    }

    private void requireClaimedBy(long editorId) {
        requireAwaitingReview();
        if (status != CaseStatus.IN_REVIEW || reviewerId == null || reviewerId != editorId) {
            throw new ConflictException("Claim the case before reviewing it.");
        }
    }

    String markdown(Section section) {
        SectionText text = sections.get(section.key());
        return text == null ? "" : text.markdown();
    }

    /**
     * The text of a field the author writes: {@value #TITLE}, {@value #ROLE_DESCRIPTOR}, {@value
     * #VENDOR_DISCLOSURE} or the key of one of this form's sections; empty for any other name.
     */
    Optional<String> text(String field) {
        return switch (field) {
            case TITLE -> Optional.of(title);
            case ROLE_DESCRIPTOR -> Optional.of(roleDescriptor == null ? "" : roleDescriptor);
            case VENDOR_DISCLOSURE -> Optional.of(vendorDisclosure == null ? "" : vendorDisclosure);
            default -> Section.fromKey(field).filter(s -> s.belongsTo(type)).map(this::markdown);
        };
    }

    /** Changes one field's text, as the author's own edit (a published case gets a new working copy). */
    void replaceText(String field, String text, Instant now) {
        if (!status.editableByAuthor()) {
            throw new ConflictException("A case under review cannot be edited until the editor has finished.");
        }
        if (status == CaseStatus.PUBLISHED) {
            status = CaseStatus.DRAFT;
        }
        switch (field) {
            case TITLE -> {
                this.title = text.strip();
                this.slug = Slugs.slugify(title);
            }
            case ROLE_DESCRIPTOR -> this.roleDescriptor = blankToNull(text);
            case VENDOR_DISCLOSURE -> this.vendorDisclosure = blankToNull(text);
            default -> {
                Section section = Section.fromKey(field)
                        .filter(s -> s.belongsTo(type))
                        .orElseThrow(() -> new IllegalArgumentException("No such field: " + field));
                if (text.isBlank()) {
                    sections.remove(section.key());
                } else {
                    sections.put(section.key(), new SectionText(text, MarkdownRenderer.toSafeHtml(text)));
                }
            }
        }
        this.updatedAt = now;
    }

    /**
     * An editor's small fix of one section while reviewing it (a phone number taken out), without returning the case.
     *
     * @return the section's Markdown before the fix
     */
    String fixByEditor(long editorId, Section section, String text, Instant now) {
        requireClaimedBy(editorId);
        if (!section.belongsTo(type)) {
            throw new IllegalArgumentException("No such section: " + section);
        }
        String before = markdown(section);
        sections.put(section.key(), new SectionText(text, MarkdownRenderer.toSafeHtml(text)));
        this.updatedAt = now;
        return before;
    }

    String html(Section section) {
        SectionText text = sections.get(section.key());
        return text == null ? "" : text.html();
    }

    Map<String, SectionText> sectionTexts() {
        return sections;
    }

    Long id() {
        return id;
    }

    CaseType type() {
        return type;
    }

    CaseStatus status() {
        return status;
    }

    long authorId() {
        return authorId;
    }

    AttributionMode attribution() {
        return attribution;
    }

    String roleDescriptor() {
        return roleDescriptor;
    }

    String title() {
        return title;
    }

    String slug() {
        return slug;
    }

    Outcome outcome() {
        return outcome;
    }

    List<Topic> topics() {
        return List.copyOf(Vocabulary.parseAll(Topic.class, topics));
    }

    List<Skill> skills() {
        return List.copyOf(Vocabulary.parseAll(Skill.class, skills));
    }

    CaseContext context() {
        // Hibernate loads an embeddable whose columns are all empty as null.
        return context == null ? CaseContext.EMPTY : context.toContext();
    }

    Licence licence() {
        return licence;
    }

    String vendorDisclosure() {
        return vendorDisclosure;
    }

    Long reviewerId() {
        return reviewerId;
    }

    int reviewRound() {
        return reviewRound;
    }

    int publishedRevision() {
        return publishedRevision;
    }

    boolean withdrawn() {
        return withdrawnAt != null;
    }

    boolean sample() {
        return sample;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    int version() {
        return version;
    }

    String approverEmail() {
        return approverEmail;
    }

    Instant embargoUntil() {
        return embargoUntil;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

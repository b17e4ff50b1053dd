package org.hros.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.QueueItem;
import org.hros.casestudy.Section;
import org.hros.member.MemberPrincipal;
import org.hros.shared.FieldErrorsException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The editors' desk over JSON. Returning or publishing claims the case for the caller first. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Review", description = "Editors only: the queue, returning and publishing")
class ReviewApiController {

    private final CaseReviews reviews;

    ReviewApiController(CaseReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/review-queue")
    @Operation(summary = "Cases awaiting review, oldest submission first")
    List<QueueJson> queue() {
        return reviews.queue().stream().map(QueueJson::of).toList();
    }

    @PostMapping("/cases/{id}/return")
    @Operation(summary = "Return a case to its author with notes")
    ResponseEntity<Void> returnToAuthor(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @Valid @RequestBody ReturnRequest request) {
        takeOver(id, me.id());
        if (request.notes() != null) {
            for (NoteRequest note : request.notes()) {
                Section section = note.section() == null
                        ? null
                        : Section.fromKey(note.section())
                                .orElseThrow(() -> new FieldErrorsException(List.of(
                                        new FieldErrorsException.FieldError("notes.section", "review.note.section"))));
                reviews.addNote(id, me.id(), section, note.body());
            }
        }
        reviews.returnToAuthor(id, me.id(), request.message());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{id}/publish")
    @Operation(
            summary = "Approve a case and publish it as its next revision",
            description = "204 when published; 202 with the new status when it waits for the employer's"
                    + " approver (AWAITING_APPROVAL) or for its embargo (SCHEDULED)")
    ResponseEntity<StatusJson> publish(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        takeOver(id, me.id());
        CaseStatus status = reviews.publish(id, me.id());
        if (status != CaseStatus.PUBLISHED) {
            return ResponseEntity.accepted().body(new StatusJson(status.name()));
        }
        return ResponseEntity.noContent()
                .location(java.net.URI.create("/api/v1/cases/" + id))
                .build();
    }

    @PostMapping("/cases/{id}/takedown")
    @Operation(summary = "Take a published case down at once; it answers 410 Gone from then on")
    ResponseEntity<Void> takeDown(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @Valid @RequestBody TakedownRequest request) {
        reviews.takeDown(id, me.id(), request.reason());
        return ResponseEntity.noContent().build();
    }

    private void takeOver(long caseId, long editorId) {
        // Claiming is idempotent for the same editor and takes another editor's claim over.
        reviews.claim(caseId, editorId);
    }

    /** Why a case is taken down; kept in the audit log. */
    record TakedownRequest(@NotBlank @Size(max = 500) String reason) {}

    /** Where a case stands after an editor's decision. */
    record StatusJson(String status) {}

    /** A submission in the queue. */
    record QueueJson(
            long id, String type, String title, String status, int round, Instant submittedAt, String reviewer) {

        static QueueJson of(QueueItem q) {
            return new QueueJson(
                    q.caseId(),
                    q.type().name(),
                    q.title(),
                    q.status().name(),
                    q.round(),
                    q.submittedAt(),
                    q.reviewerName());
        }
    }

    /** Notes per section and an optional message for the whole case. */
    record ReturnRequest(
            @Size(max = 4000) String message,
            @Size(max = 50) List<@Valid NoteRequest> notes) {}

    /** One note; {@code section} is a section key, or null for the whole case. */
    record NoteRequest(
            String section, @NotBlank @Size(max = 4000) String body) {}
}

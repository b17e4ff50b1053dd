package org.hros.casestudy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberPrincipal;
import org.hros.platform.HrosProperties;
import org.hros.platform.web.PostsContent;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.PageView;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case library over JSON: published cases for anyone, drafts for their authors. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Published cases (open data) and the author's drafts")
class CaseApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final CaseCatalog catalog;
    private final CaseAuthoring authoring;
    private final String baseUrl;

    CaseApiController(CaseCatalog catalog, CaseAuthoring authoring, HrosProperties hrosProperties) {
        this.catalog = catalog;
        this.authoring = authoring;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @GetMapping
    @Operation(summary = "List published cases, newest first")
    CaseJson.Page<CaseJson.Summary> listCases(
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new FieldErrorsException(
                    java.util.List.of(new FieldErrorsException.FieldError(page < 1 ? "page" : "size", "api.paging")));
        }
        CaseFilter filter = new CaseFilter(
                type == null ? null : parse(type, "type", CaseType.values()),
                outcome == null ? null : parse(outcome, "outcome", Outcome.values()),
                topic == null ? null : Vocabulary.fromSlug(Topic.class, topic).orElseThrow(() -> unknown("topic")),
                null,
                null,
                null,
                null);
        PageView<org.hros.casestudy.CaseCard> result = catalog.browse(filter, page, size);
        return new CaseJson.Page<>(
                result.items().stream()
                        .map(c -> CaseJson.Summary.of(c, baseUrl))
                        .toList(),
                result.page(),
                result.size(),
                result.total(),
                result.pages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a published case, optionally at an earlier revision")
    CaseJson.Full showCase(@PathVariable long id, @RequestParam(required = false) Integer revision) {
        return CaseJson.Full.of(catalog.read(id, revision), baseUrl);
    }

    @PostsContent
    @PostMapping
    @Operation(summary = "Save a new draft")
    ResponseEntity<DraftJson> createDraft(
            @AuthenticationPrincipal MemberPrincipal me, @Valid @RequestBody CaseRequest request) {
        long id = authoring.createDraft(me.id(), request.command());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id))
                .body(DraftJson.of(authoring.draft(me.id(), id)));
    }

    @PostsContent
    @PutMapping("/{id}")
    @Operation(summary = "Replace a draft; send the version you read, a stale one gets 409")
    DraftJson updateDraft(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @Valid @RequestBody CaseRequest request) {
        if (request.version() == null) {
            throw new FieldErrorsException(
                    java.util.List.of(new FieldErrorsException.FieldError("version", "api.version.required")));
        }
        return DraftJson.of(authoring.saveDraft(me.id(), id, request.command()));
    }

    @PostsContent
    @PostMapping("/{id}/submit")
    @Operation(
            summary = "Submit a draft for editorial review",
            description = "A role-only or anonymous case rated highly identifiable by the redaction assistant is"
                    + " refused (400, field confirmIdentifiable) unless confirmIdentifiable=true.")
    DraftJson submit(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirmIdentifiable) {
        return DraftJson.of(authoring.submit(me.id(), id, confirmIdentifiable));
    }

    @GetMapping("/{id}/identifying-details")
    @Operation(
            summary = "What the redaction assistant finds in one of your own cases",
            description = "Each finding with its field, position, text, kind and a neutral replacement, and the"
                    + " identifiability rating with its reasons. Only the author may ask; for anyone else the case"
                    + " does not exist (404).")
    IdentifyingDetailsJson identifyingDetails(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        return IdentifyingDetailsJson.of(authoring.identifyingDetails(me.id(), id));
    }

    @PostMapping("/{id}/attribution")
    @Operation(
            summary = "Change how a case credits its author",
            description = "Takes effect for readers at once. Showing readers more of the author of a published case"
                    + " needs \"confirm\": true; without it the answer is 400 naming the field confirm.")
    DraftJson changeAttribution(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @Valid @RequestBody AttributionRequest request) {
        return DraftJson.of(authoring.changeAttribution(
                me.id(), id, request.attribution(), request.roleDescriptor(), Boolean.TRUE.equals(request.confirm())));
    }

    /** A new attribution; {@code confirm} is needed to show readers more of a published case's author. */
    record AttributionRequest(
            @jakarta.validation.constraints.NotNull(message = "{api.attribution.required}")
            org.hros.casestudy.AttributionMode attribution,

            @jakarta.validation.constraints.Size(max = 120, message = "{case.roleDescriptor.tooLong}")
            String roleDescriptor,

            Boolean confirm) {}

    private static <E extends Enum<E>> E parse(String value, String field, E[] values) {
        return Arrays.stream(values)
                .filter(v -> v.name().equalsIgnoreCase(value.replace('-', '_')))
                .findFirst()
                .orElseThrow(() -> unknown(field));
    }

    private static FieldErrorsException unknown(String field) {
        return new FieldErrorsException(
                java.util.List.of(new FieldErrorsException.FieldError(field, "api.unknownValue")));
    }
}

package org.hros.request.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.hros.member.MemberPrincipal;
import org.hros.platform.HrosProperties;
import org.hros.platform.web.PostsContent;
import org.hros.request.domain.Agenda;
import org.hros.request.domain.AgendaQueries;
import org.hros.request.domain.BoardQuery;
import org.hros.request.domain.RequestCard;
import org.hros.request.web.BoardParams;
import org.hros.request.web.CaseRef;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The community agenda over JSON: the board and requests for anyone, votes and follows for members. */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Requests", description = "What members need: requests, votes, follows, and editors' triage")
class RequestApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final Agenda agenda;
    private final AgendaQueries queries;
    private final String baseUrl;

    RequestApiController(Agenda agenda, AgendaQueries queries, HrosProperties hrosProperties) {
        this.agenda = agenda;
        this.queries = queries;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @GetMapping
    @Operation(
            summary = "List requests",
            description = "sort: votes (default), newest, trending (votes in the last 14 days), unanswered."
                    + " Filters: topic and skill slugs, status (open, sourcing, in-progress, answered, closed;"
                    + " closed requests are listed only when asked for), mine (voted, followed; needs a member).")
    RequestJson.Page<RequestJson.Summary> listRequests(
            @AuthenticationPrincipal MemberPrincipal me,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String mine,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new FieldErrorsException(List.of(new FieldError(page < 1 ? "page" : "size", "api.paging")));
        }
        java.util.Map<String, String> params = new java.util.HashMap<>();
        putIf(params, "sort", sort);
        putIf(params, "topic", topic);
        putIf(params, "skill", skill);
        putIf(params, "status", status);
        putIf(params, "mine", mine);
        params.put("page", String.valueOf(page));
        BoardQuery query = BoardParams.parse(params, size);
        if (query.mine() != null && me == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in or send a valid access token.");
        }
        PageView<RequestCard> result = queries.board(query, me == null ? null : me.id());
        return new RequestJson.Page<>(
                result.items().stream()
                        .map(c -> RequestJson.Summary.of(c, baseUrl))
                        .toList(),
                result.page(),
                result.size(),
                result.total(),
                result.pages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a request with its status history and the published cases that answer it")
    RequestJson.Full showRequest(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        return RequestJson.Full.of(queries.detail(id, me == null ? null : me.id(), false), baseUrl);
    }

    @PostsContent
    @PostMapping
    @Operation(summary = "Post a request; you follow it from then on")
    ResponseEntity<RequestJson.Full> postRequest(
            @AuthenticationPrincipal MemberPrincipal me, @RequestBody RequestJson.NewRequest request) {
        long id = agenda.post(me.id(), request.command());
        return ResponseEntity.created(URI.create("/api/v1/requests/" + id)).body(full(id, me));
    }

    @PostsContent
    @PutMapping("/{id}")
    @Operation(summary = "Change your own request (same body as posting); closed requests are not edited (409)")
    RequestJson.Full editRequest(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @RequestBody RequestJson.NewRequest request) {
        agenda.edit(id, me.id(), request.command());
        return full(id, me);
    }

    @PutMapping("/{id}/vote")
    @Operation(summary = "Vote \"me too\"; voting twice changes nothing")
    RequestJson.Full vote(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        agenda.vote(id, me.id());
        return full(id, me);
    }

    @DeleteMapping("/{id}/vote")
    @Operation(summary = "Take your vote back")
    RequestJson.Full unvote(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        agenda.unvote(id, me.id());
        return full(id, me);
    }

    @PutMapping("/{id}/follow")
    @Operation(summary = "Follow a request: hear when its status changes")
    RequestJson.Full follow(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        agenda.follow(id, me.id());
        return full(id, me);
    }

    @DeleteMapping("/{id}/follow")
    @Operation(summary = "Stop following a request")
    RequestJson.Full unfollow(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        agenda.unfollow(id, me.id());
        return full(id, me);
    }

    @PostMapping("/{id}/status")
    @Operation(
            summary = "Editors: set a request's status",
            description = "OPEN, SOURCING, IN_PROGRESS, or CLOSED with reason OUT_OF_SCOPE or STALE. ANSWERED comes"
                    + " from a linked published case, a duplicate from merging.")
    RequestJson.Full changeStatus(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @RequestBody RequestJson.StatusChange change) {
        agenda.changeStatus(id, me.id(), change.status(), change.reason());
        return full(id, me);
    }

    @PostMapping("/{id}/merge")
    @Operation(
            summary = "Editors: close a request as a duplicate of another",
            description = "Votes, follows, offers and linked cases move to the other request; a member who voted on"
                    + " both keeps one vote.")
    RequestJson.Full merge(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, @RequestBody RequestJson.Merge merge) {
        if (merge.into() == null) {
            throw new FieldErrorsException(List.of(new FieldError("into", "request.merge.invalid")));
        }
        agenda.merge(id, merge.into(), me.id());
        return full(merge.into(), me);
    }

    @PostMapping("/{id}/cases")
    @Operation(
            summary = "Editors: link a published case that answers the request",
            description = "caseRef is the case's id or the address of its page. A request waiting for an answer"
                    + " becomes ANSWERED.")
    RequestJson.Full linkCase(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @RequestBody RequestJson.CaseLink link) {
        agenda.linkCase(id, CaseRef.parse(link.caseRef(), "caseRef"), me.id());
        return full(id, me);
    }

    @DeleteMapping("/{id}/cases/{caseId}")
    @Operation(
            summary = "Editors: undo linking a case to the request",
            description = "A request answered by no other published case goes back to where it stood before, and its"
                    + " voters and followers are told of the correction. Unlinking a case that is not linked changes"
                    + " nothing.")
    RequestJson.Full unlinkCase(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, @PathVariable long caseId) {
        agenda.unlinkCase(id, caseId, me.id());
        return full(id, me);
    }

    private RequestJson.Full full(long id, MemberPrincipal me) {
        return RequestJson.Full.of(queries.detail(id, me.id(), false), baseUrl);
    }

    private static void putIf(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}

package org.hros.discussion.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.hros.discussion.ReplyView;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberPrincipal;
import org.hros.platform.HrosProperties;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.RateLimits;
import org.hros.platform.web.PostsContent;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Threads over JSON: read the replies of a case or request, post, edit within the window, remove. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Discussion", description = "Threaded replies on cases and requests")
class DiscussionApiController {

    private final DiscussionService discussion;
    private final RateLimits limits;
    private final String baseUrl;

    DiscussionApiController(DiscussionService discussion, RateLimits limits, HrosProperties hrosProperties) {
        this.discussion = discussion;
        this.limits = limits;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @GetMapping("/cases/{id}/replies")
    @Operation(
            summary = "The replies on a published case",
            description = "In reading order, each after the reply it answers. The author of a case that does not"
                    + " name them appears as \"Author of this case\", without a profile.")
    DiscussionJson.Thread listCaseReplies(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
        return thread(new SubjectRef(SubjectType.CASE, id), me);
    }

    @GetMapping("/requests/{id}/replies")
    @Operation(summary = "The replies on a request")
    DiscussionJson.Thread listRequestReplies(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
        return thread(new SubjectRef(SubjectType.REQUEST, id), me);
    }

    @PostsContent
    @PostMapping("/cases/{id}/replies")
    @Operation(summary = "Reply on a case, or to a reply on it (parentId); @handle mentions a member")
    ResponseEntity<DiscussionJson.Reply> postCaseReply(
            @PathVariable long id,
            @RequestBody DiscussionJson.NewReply reply,
            @AuthenticationPrincipal MemberPrincipal me) {
        return post(new SubjectRef(SubjectType.CASE, id), reply, me);
    }

    @PostsContent
    @PostMapping("/requests/{id}/replies")
    @Operation(summary = "Reply on a request, or to a reply on it (parentId)")
    ResponseEntity<DiscussionJson.Reply> postRequestReply(
            @PathVariable long id,
            @RequestBody DiscussionJson.NewReply reply,
            @AuthenticationPrincipal MemberPrincipal me) {
        return post(new SubjectRef(SubjectType.REQUEST, id), reply, me);
    }

    @GetMapping("/replies/{id}")
    @Operation(summary = "One reply with the replies below it")
    DiscussionJson.Reply showReply(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
        return json(discussion.reply(id, viewer(me)), discussion.subjectOf(id));
    }

    @PostsContent
    @PutMapping("/replies/{id}")
    @Operation(
            summary = "Edit your own reply",
            description = "Only within the edit window after posting (15 minutes unless configured otherwise);"
                    + " later the answer is 400 naming the field body. The replaced text stays in the history.")
    DiscussionJson.Reply editReply(
            @PathVariable long id,
            @RequestBody DiscussionJson.ReplyText text,
            @AuthenticationPrincipal MemberPrincipal me) {
        discussion.edit(id, me.id(), text.body());
        return json(discussion.reply(id, viewer(me)), discussion.subjectOf(id));
    }

    @DeleteMapping("/replies/{id}")
    @Operation(
            summary = "Remove a reply",
            description = "Its author may remove it at any time, editors too. The text and its history are"
                    + " deleted; the reply keeps its place in the thread, marked as removed.")
    ResponseEntity<Void> removeReply(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
        discussion.remove(id, viewer(me));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> tooManyPosts(RateLimitExceededException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Too many posts; try again later.");
        problem.setTitle("Too many requests");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(e.retryAfter().toSeconds()))
                .body(problem);
    }

    private DiscussionJson.Thread thread(SubjectRef subject, MemberPrincipal me) {
        var replies = discussion.flat(subject, viewer(me));
        var info = discussion.thread(subject, null, org.hros.discussion.ThreadOptions.FIRST_PAGE);
        String pseudonym = discussion.pseudonym(subject.type());
        return new DiscussionJson.Thread(
                baseUrl + info.subjectPath(),
                replies.size(),
                replies.stream()
                        .map(r -> DiscussionJson.Reply.of(r, pseudonym, baseUrl))
                        .toList());
    }

    private ResponseEntity<DiscussionJson.Reply> post(
            SubjectRef subject, DiscussionJson.NewReply reply, MemberPrincipal me) {
        limits.consume(RateLimits.Action.POST, "member:" + me.getUsername());
        long id = discussion.post(subject, me.id(), reply.body(), reply.parentId());
        return ResponseEntity.created(URI.create("/api/v1/replies/" + id))
                .body(json(discussion.reply(id, viewer(me)), subject));
    }

    private DiscussionJson.Reply json(ReplyView reply, SubjectRef subject) {
        return DiscussionJson.Reply.of(reply, discussion.pseudonym(subject.type()), baseUrl);
    }

    private static org.hros.discussion.Viewer viewer(MemberPrincipal me) {
        return me == null ? null : new org.hros.discussion.Viewer(me.id(), me.isEditor());
    }
}

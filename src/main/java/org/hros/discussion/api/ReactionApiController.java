package org.hros.discussion.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.domain.ReactionService;
import org.hros.member.MemberPrincipal;
import org.hros.platform.HrosProperties;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.PageView;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reactions over JSON. Setting one is a PUT and taking it back a DELETE, both idempotent. Bookmarks are
 * private: they are never counted in public, and only their member lists them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reactions", description = "This helped, me too, I failed at this too, and private bookmarks")
class ReactionApiController {

    private final ReactionService reactions;
    private final String baseUrl;

    ReactionApiController(ReactionService reactions, HrosProperties hrosProperties) {
        this.reactions = reactions;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @GetMapping("/cases/{id}/reactions")
    @Operation(summary = "Reaction counts on a case, and your own")
    DiscussionJson.Reactions caseReactions(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
        return bar(SubjectType.CASE, id, me);
    }

    @GetMapping("/requests/{id}/reactions")
    @Operation(summary = "Reaction counts on a request, and your own")
    DiscussionJson.Reactions requestReactions(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
        return bar(SubjectType.REQUEST, id, me);
    }

    @GetMapping("/replies/{id}/reactions")
    @Operation(summary = "Reaction counts on a reply, and your own")
    DiscussionJson.Reactions replyReactions(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me) {
        return bar(SubjectType.REPLY, id, me);
    }

    @GetMapping("/cases/{id}/reactions/members")
    @Operation(
            summary = "Who gave a reaction to a case",
            description = "The author of a case that does not name them is never listed.")
    DiscussionJson.Members caseReactors(
            @PathVariable long id, @RequestParam ReactionKind kind, @RequestParam(defaultValue = "1") int page) {
        return who(SubjectType.CASE, id, kind, page);
    }

    @GetMapping("/requests/{id}/reactions/members")
    @Operation(summary = "Who gave a reaction to a request")
    DiscussionJson.Members requestReactors(
            @PathVariable long id, @RequestParam ReactionKind kind, @RequestParam(defaultValue = "1") int page) {
        return who(SubjectType.REQUEST, id, kind, page);
    }

    @GetMapping("/replies/{id}/reactions/members")
    @Operation(summary = "Who gave a reaction to a reply")
    DiscussionJson.Members replyReactors(
            @PathVariable long id, @RequestParam ReactionKind kind, @RequestParam(defaultValue = "1") int page) {
        return who(SubjectType.REPLY, id, kind, page);
    }

    @PutMapping("/cases/{id}/reactions/{kind}")
    @Operation(summary = "Give a reaction to a case (idempotent)")
    DiscussionJson.Reactions reactToCase(
            @PathVariable long id, @PathVariable ReactionKind kind, @AuthenticationPrincipal MemberPrincipal me) {
        return set(SubjectType.CASE, id, kind, true, me);
    }

    @DeleteMapping("/cases/{id}/reactions/{kind}")
    @Operation(summary = "Take back a reaction to a case (idempotent)")
    DiscussionJson.Reactions unreactToCase(
            @PathVariable long id, @PathVariable ReactionKind kind, @AuthenticationPrincipal MemberPrincipal me) {
        return set(SubjectType.CASE, id, kind, false, me);
    }

    @PutMapping("/requests/{id}/reactions/{kind}")
    @Operation(summary = "Give a reaction to a request (idempotent)")
    DiscussionJson.Reactions reactToRequest(
            @PathVariable long id, @PathVariable ReactionKind kind, @AuthenticationPrincipal MemberPrincipal me) {
        return set(SubjectType.REQUEST, id, kind, true, me);
    }

    @DeleteMapping("/requests/{id}/reactions/{kind}")
    @Operation(summary = "Take back a reaction to a request (idempotent)")
    DiscussionJson.Reactions unreactToRequest(
            @PathVariable long id, @PathVariable ReactionKind kind, @AuthenticationPrincipal MemberPrincipal me) {
        return set(SubjectType.REQUEST, id, kind, false, me);
    }

    @PutMapping("/replies/{id}/reactions/{kind}")
    @Operation(summary = "Give a reaction to a reply (idempotent)")
    DiscussionJson.Reactions reactToReply(
            @PathVariable long id, @PathVariable ReactionKind kind, @AuthenticationPrincipal MemberPrincipal me) {
        return set(SubjectType.REPLY, id, kind, true, me);
    }

    @DeleteMapping("/replies/{id}/reactions/{kind}")
    @Operation(summary = "Take back a reaction to a reply (idempotent)")
    DiscussionJson.Reactions unreactToReply(
            @PathVariable long id, @PathVariable ReactionKind kind, @AuthenticationPrincipal MemberPrincipal me) {
        return set(SubjectType.REPLY, id, kind, false, me);
    }

    @GetMapping("/me/bookmarks")
    @Operation(summary = "Your bookmarks, newest first")
    List<DiscussionJson.Bookmark> bookmarks(
            @AuthenticationPrincipal MemberPrincipal me, @RequestParam(defaultValue = "1") int page) {
        return reactions.bookmarks(me.id(), PageView.normalise(page), 100).items().stream()
                .map(b -> new DiscussionJson.Bookmark(b.type().name(), b.title(), baseUrl + b.path(), b.bookmarkedAt()))
                .toList();
    }

    private DiscussionJson.Reactions bar(SubjectType type, long id, MemberPrincipal me) {
        return DiscussionJson.Reactions.of(reactions.bar(new SubjectRef(type, id), me == null ? null : me.id()));
    }

    private DiscussionJson.Reactions set(SubjectType type, long id, ReactionKind kind, boolean on, MemberPrincipal me) {
        return DiscussionJson.Reactions.of(reactions.set(new SubjectRef(type, id), me.id(), kind, on));
    }

    private DiscussionJson.Members who(SubjectType type, long id, ReactionKind kind, int page) {
        if (!kind.isPublic()) {
            throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError("kind", "reaction.private")));
        }
        PageView<org.hros.member.MemberCard> members =
                reactions.who(new SubjectRef(type, id), kind, PageView.normalise(page));
        return new DiscussionJson.Members(
                members.items().stream()
                        .map(m -> DiscussionJson.Member.of(m, baseUrl))
                        .toList(),
                members.page(),
                members.pages(),
                members.total());
    }
}

package org.hros.circle.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hros.circle.domain.CircleService;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.PostsContent;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own circles over JSON. Every path with a circle id answers 404, with the same problem document,
 * for a circle that does not exist and for one the caller is not a member of.
 */
@RestController
@RequestMapping("/api/v1/circles")
@Tag(name = "Circles", description = "The caller's own private circles: clinic threads and check-ins")
class CircleApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final CircleService circles;

    CircleApiController(CircleService circles) {
        this.circles = circles;
    }

    @GetMapping
    @Operation(summary = "List the circles the caller is a member of")
    List<CircleJson.Summary> listMyCircles(@AuthenticationPrincipal MemberPrincipal me) {
        return circles.myCircles(me.id()).stream().map(CircleJson.Summary::of).toList();
    }

    @GetMapping("/{circleId:\\d+}")
    @Operation(summary = "Read one of the caller's circles")
    CircleJson.Detail getCircle(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long circleId) {
        return CircleJson.Detail.of(circles.page(circleId, id(me)));
    }

    @GetMapping("/{circleId:\\d+}/threads")
    @Operation(summary = "List a circle's clinic threads, most recently active first")
    CircleJson.Page<CircleJson.Thread> listThreads(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError(page < 1 ? "page" : "size", "api.paging")));
        }
        PageView<org.hros.circle.domain.CircleViews.ThreadLine> result = circles.clinics(circleId, id(me), page, size);
        return new CircleJson.Page<>(
                result.items().stream().map(CircleJson.Thread::of).toList(),
                result.page(),
                result.size(),
                result.total(),
                result.pages());
    }

    @PostsContent
    @PostMapping("/{circleId:\\d+}/threads")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a clinic thread with its first post (Markdown)")
    CircleJson.Created openThread(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @RequestBody CircleJson.NewThread body) {
        return new CircleJson.Created(
                circles.openClinic(circleId, id(me), body.title(), body.body(), body.chathamHouse()));
    }

    @GetMapping("/{circleId:\\d+}/threads/{threadId:\\d+}")
    @Operation(summary = "Read a clinic thread with its posts")
    CircleJson.ThreadDetail getThread(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long circleId, @PathVariable long threadId) {
        return CircleJson.ThreadDetail.of(circles.thread(circleId, threadId, id(me)));
    }

    @PostsContent
    @PostMapping("/{circleId:\\d+}/threads/{threadId:\\d+}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reply in a clinic thread (Markdown)")
    CircleJson.Created reply(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @PathVariable long threadId,
            @RequestBody CircleJson.NewPost body) {
        return new CircleJson.Created(circles.reply(circleId, threadId, id(me), body.body()));
    }

    @GetMapping("/{circleId:\\d+}/check-ins")
    @Operation(summary = "List a circle's newest check-ins")
    List<CircleJson.Post> listCheckIns(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long circleId) {
        return circles.checkIns(circleId, id(me), 50).stream()
                .map(CircleJson.Post::of)
                .toList();
    }

    @PostsContent
    @PostMapping("/{circleId:\\d+}/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a short check-in to a circle")
    CircleJson.Created checkIn(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @RequestBody CircleJson.NewCheckIn body) {
        return new CircleJson.Created(circles.checkIn(circleId, id(me), body.text()));
    }

    private static Long id(MemberPrincipal me) {
        return me == null ? null : me.id();
    }
}

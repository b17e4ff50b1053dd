package org.hros.member.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberPrincipal;
import org.hros.member.MentionPrefix;
import org.hros.member.MentionView;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.RateLimits;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions while a member types {@code @…} in a reply: up to eight members by handle or name, for members
 * signed in only, never a suspended or unverified member, and rate-limited so that it cannot list the community.
 * Circles answer the same for their own members ({@code /circles/{id}/mentions}).
 */
@RestController
class MentionController {

    private final MemberDirectory members;
    private final RateLimits limits;
    private final MessageSource messages;

    MentionController(MemberDirectory members, RateLimits limits, MessageSource messages) {
        this.members = members;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping(value = "/mentions")
    ResponseEntity<List<MentionView>> suggestMembers(
            @RequestParam(name = "q", required = false) String typed, @AuthenticationPrincipal MemberPrincipal me) {
        limits.consume(RateLimits.Action.MENTION_LOOKUP, "member:" + me.id());
        return json(MentionPrefix.parse(typed)
                .map(prefix -> MentionView.of(members.mentionable(prefix, null)))
                .orElse(List.of()));
    }

    /** JSON whatever the caller accepts: the answer is for the page's script, never a page. */
    private static ResponseEntity<List<MentionView>> json(List<MentionView> suggestions) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(suggestions);
    }

    @ExceptionHandler(FieldErrorsException.class)
    ResponseEntity<Map<String, String>> refuse(FieldErrorsException e, Locale locale) {
        FieldErrorsException.FieldError error = e.errors().get(0);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(error.field(), messages.getMessage(error.code(), null, error.code(), locale)));
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<List<MentionView>> tooMany(RateLimitExceededException e, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
        return ResponseEntity.status(429)
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of());
    }
}

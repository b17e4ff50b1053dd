package org.hros.member.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberPrincipal;
import org.hros.member.MentionAnswers;
import org.hros.member.MentionPrefix;
import org.hros.member.MentionView;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.RateLimits;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.MessageSource;
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
        return MentionAnswers.suggestions(MentionPrefix.parse(typed)
                .map(prefix -> MentionView.of(members.mentionable(prefix, null)))
                .orElse(List.of()));
    }

    @ExceptionHandler(FieldErrorsException.class)
    ResponseEntity<Map<String, String>> refuse(FieldErrorsException e, Locale locale) {
        return MentionAnswers.refused(e, messages, locale);
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<List<MentionView>> tooMany(RateLimitExceededException e) {
        return MentionAnswers.tooMany(e);
    }
}

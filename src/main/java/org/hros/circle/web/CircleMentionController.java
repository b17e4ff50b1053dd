package org.hros.circle.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.circle.domain.CircleMembers;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * @mention suggestions inside a circle: its own members only, for its members only (anyone else gets the circle's
 * usual 404).
 */
@RestController
class CircleMentionController {

    private final CircleMembers members;
    private final RateLimits limits;
    private final MessageSource messages;

    CircleMentionController(CircleMembers members, RateLimits limits, MessageSource messages) {
        this.members = members;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping(value = "/circles/{circleId:\\d+}/mentions")
    ResponseEntity<List<MentionView>> suggestCircleMembers(
            @PathVariable long circleId,
            @RequestParam(name = "q", required = false) String typed,
            @AuthenticationPrincipal MemberPrincipal me) {
        Long viewer = me == null ? null : me.id();
        if (viewer != null) {
            limits.consume(RateLimits.Action.MENTION_LOOKUP, "member:" + viewer);
        }
        return MentionAnswers.suggestions(MentionPrefix.parse(typed)
                .map(prefix -> MentionView.of(members.mentionable(circleId, viewer, prefix)))
                .orElseGet(() -> {
                    members.mentionable(circleId, viewer, null);
                    return List.of();
                }));
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

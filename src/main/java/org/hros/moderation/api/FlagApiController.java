package org.hros.moderation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.hros.member.MemberPrincipal;
import org.hros.moderation.FlagReason;
import org.hros.moderation.domain.FlagService;
import org.hros.platform.HrosProperties;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.SubjectType;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Flags over JSON, for every kind of item the API serves: cases, requests, replies and circle posts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Moderation", description = "Flagging what should not be there")
class FlagApiController {

    private final FlagService flags;
    private final String baseUrl;

    FlagApiController(FlagService flags, HrosProperties hrosProperties) {
        this.flags = flags;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @PostMapping("/flags")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Flag a case, request, reply or circle post for the editors",
            description = "One flag per member and item, never on one's own. The reason is one of SPAM, SALES_PITCH,"
                    + " IDENTIFIES_SOMEONE, HARASSMENT, OFF_TOPIC or OTHER (which needs a note). A circle post exists"
                    + " only for its circle's members. Nobody but the editors sees who flagged.")
    FlagJson.Flagged flag(@RequestBody FlagJson.NewFlag body, @AuthenticationPrincipal MemberPrincipal me) {
        SubjectType type = choice(SubjectType.class, body.type(), "type", "flag.type.invalid");
        if (body.id() == null) {
            throw invalid("id", "flag.id.required");
        }
        FlagReason reason = choice(FlagReason.class, body.reason(), "reason", "flag.reason.required");
        FlagService.Flagged flagged = flags.flag(me.id(), type, body.id(), reason, body.note());
        return new FlagJson.Flagged(type.name(), body.id(), baseUrl + flagged.path(), flagged.hidden());
    }

    private static <E extends Enum<E>> E choice(Class<E> kind, String value, String field, String code) {
        for (E e : kind.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw invalid(field, code);
    }

    private static FieldErrorsException invalid(String field, String code) {
        return new FieldErrorsException(List.of(new FieldErrorsException.FieldError(field, code)));
    }
}

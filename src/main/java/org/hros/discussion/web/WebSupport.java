package org.hros.discussion.web;

import java.util.Locale;
import org.hros.discussion.Viewer;
import org.hros.member.MemberPrincipal;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.context.MessageSource;

/** Small helpers the discussion's pages share. */
final class WebSupport {

    private WebSupport() {}

    static Viewer viewer(MemberPrincipal me) {
        return me == null ? null : new Viewer(me.id(), me.isEditor());
    }

    static Long viewerId(MemberPrincipal me) {
        return me == null ? null : me.id();
    }

    /** A subject from the address, e.g. {@code CASE} and 12; an unknown kind is a missing page. */
    static SubjectRef subject(String type, long id) {
        try {
            return new SubjectRef(SubjectType.valueOf(type.toUpperCase(Locale.ROOT)), id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No such kind of subject");
        }
    }

    /** The first problem of the input, in words, for the field next to which it is shown. */
    static String message(FieldErrorsException e, MessageSource messages, Locale locale) {
        String code = e.errors().isEmpty() ? "form.errors" : e.errors().get(0).code();
        return messages.getMessage(code, null, code, locale);
    }
}

package org.hros.discussion.domain;

import java.util.List;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;

/** What a reply's text must satisfy. Field names match the form and the API. */
final class ReplyRules {

    static final int MAX_BODY = 10_000;
    static final int MAX_DEPTH = 40;

    private ReplyRules() {}

    static String checkBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw invalid("body", "reply.body.required");
        }
        if (text.length() > MAX_BODY) {
            throw invalid("body", "reply.body.tooLong");
        }
        return text;
    }

    static FieldErrorsException invalid(String field, String code) {
        return new FieldErrorsException(List.of(new FieldError(field, code)));
    }
}

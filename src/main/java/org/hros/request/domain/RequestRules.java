package org.hros.request.domain;

import java.util.ArrayList;
import java.util.List;
import org.hros.request.OfferKind;
import org.hros.request.RequestCommand;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;

/** What a request and an offer must satisfy. Field names match the form and the API. */
final class RequestRules {

    static final int MIN_TITLE = 10;
    static final int MAX_TITLE = 160;
    static final int MIN_DESCRIPTION = 20;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_TOPICS = 3;
    static final int MAX_SKILLS = 5;
    static final int MAX_NOTE = 2000;

    private RequestRules() {}

    static void check(RequestCommand c) {
        List<FieldError> errors = new ArrayList<>();
        String title = c.title() == null ? "" : c.title().strip();
        if (title.length() < MIN_TITLE) {
            errors.add(new FieldError("title", "request.title.required"));
        } else if (title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "request.title.tooLong"));
        }
        String description = c.description() == null ? "" : c.description().strip();
        if (description.length() < MIN_DESCRIPTION) {
            errors.add(new FieldError("description", "request.description.required"));
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "request.description.tooLong"));
        }
        if (c.topics().isEmpty()) {
            errors.add(new FieldError("topics", "request.topics.required"));
        } else if (c.topics().size() > MAX_TOPICS) {
            errors.add(new FieldError("topics", "request.topics.tooMany"));
        }
        if (c.skills().size() > MAX_SKILLS) {
            errors.add(new FieldError("skills", "request.skills.tooMany"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
    }

    static void checkOffer(OfferKind kind, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "offer.kind.required"));
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError("note", "offer.note.required"));
        } else if (text.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "offer.note.tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
    }
}

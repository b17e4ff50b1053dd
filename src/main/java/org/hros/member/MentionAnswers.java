package org.hros.member;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.platform.RateLimitExceededException;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answers of every @mention suggestion endpoint (the site's and a circle's): JSON whatever the caller accepts,
 * since they are for the page's script and never a page.
 */
public final class MentionAnswers {

    private MentionAnswers() {}

    public static ResponseEntity<List<MentionView>> suggestions(List<MentionView> suggestions) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(suggestions);
    }

    /** A refused prefix: 400 with the field's message. */
    public static ResponseEntity<Map<String, String>> refused(
            FieldErrorsException e, MessageSource messages, Locale locale) {
        FieldErrorsException.FieldError error = e.errors().get(0);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(error.field(), messages.getMessage(error.code(), null, error.code(), locale)));
    }

    /** Too many look-ups: 429 with {@code Retry-After} and no suggestions. */
    public static ResponseEntity<List<MentionView>> tooMany(RateLimitExceededException e) {
        return ResponseEntity.status(429)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of());
    }
}

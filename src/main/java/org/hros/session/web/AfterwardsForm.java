package org.hros.session.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hros.session.domain.AfterwardsCommand;
import org.hros.session.domain.LiveSessionView;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;

/**
 * What an editor records after a session.
 *
 * @param cases the numbers of the cases it covered, separated by commas or spaces
 * @param requests the numbers of the requests it covered, likewise
 */
public record AfterwardsForm(
        @Size(max = 500, message = "{session.recordingUrl.invalid}")
        @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{session.recordingUrl.invalid}")
        String recordingUrl,

        @Size(max = 20000, message = "{session.notes.tooLong}")
        String notes,

        @Size(max = 500, message = "{session.cases.unknown}")
        String cases,

        @Size(max = 500, message = "{session.requests.unknown}")
        String requests) {

    static AfterwardsForm of(LiveSessionView s) {
        return new AfterwardsForm(
                s.recordingUrl() == null ? "" : s.recordingUrl(),
                s.notes() == null ? "" : s.notes(),
                s.cases().stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(", ")),
                s.requests().stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(", ")));
    }

    AfterwardsCommand command() {
        List<FieldError> errors = new ArrayList<>();
        List<Long> caseIds = ids(cases, "cases", "session.cases.unknown", errors);
        List<Long> requestIds = ids(requests, "requests", "session.requests.unknown", errors);
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return new AfterwardsCommand(recordingUrl, notes, caseIds, requestIds);
    }

    private static List<Long> ids(String text, String field, String code, List<FieldError> errors) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        for (String part : text.split("[,\\s]+")) {
            String number = part.strip().replaceFirst("^#", "");
            if (number.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(number));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field, code));
                return List.of();
            }
        }
        return ids;
    }
}

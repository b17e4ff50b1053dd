package org.hros.request.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;

/** A request as an editor names it: its number, or the address of its page. */
public final class RequestRef {

    private static final Pattern REQUEST_URL = Pattern.compile("(?:^|/)requests/(\\d{1,18})(?:[/?#].*)?$");

    private RequestRef() {}

    public static long parse(String text, String field) {
        String value = text == null ? "" : text.strip();
        if (value.matches("\\d{1,18}")) {
            return Long.parseLong(value);
        }
        Matcher m = REQUEST_URL.matcher(value);
        if (m.find()) {
            return Long.parseLong(m.group(1));
        }
        throw new FieldErrorsException(List.of(new FieldError(field, "request.merge.invalid")));
    }
}

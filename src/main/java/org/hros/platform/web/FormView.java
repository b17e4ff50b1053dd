package org.hros.platform.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's values and its errors, resolved to messages, ready for a template: {@code form.error("title")}
 * gives the message to print under the title field, or {@code null}.
 *
 * @param <F> the form record
 */
public final class FormView<F> {

    private final F values;
    private final BindingResult result;
    private final MessageSource messages;
    private final Locale locale;

    private FormView(F values, BindingResult result, MessageSource messages, Locale locale) {
        this.values = values;
        this.result = result;
        this.messages = messages;
        this.locale = locale;
    }

    public static <F> FormView<F> of(F values, BindingResult result, MessageSource messages, Locale locale) {
        return new FormView<>(values, result, messages, locale);
    }

    public static <F> FormView<F> clean(F values) {
        return new FormView<>(values, null, null, Locale.ENGLISH);
    }

    public F values() {
        return values;
    }

    public boolean hasErrors() {
        return result != null && result.hasErrors();
    }

    /** The first message for {@code field}, or {@code null} when the field is fine. */
    public String error(String field) {
        if (result == null) {
            return null;
        }
        FieldError error = result.getFieldError(field);
        return error == null ? null : messages.getMessage(error, locale);
    }

    public boolean invalid(String field) {
        return error(field) != null;
    }

    /** Errors that belong to no one field. */
    public List<String> globalErrors() {
        if (result == null) {
            return List.of();
        }
        return result.getGlobalErrors().stream()
                .map(e -> messages.getMessage(e, locale))
                .toList();
    }

    /** Every field's messages, once each, in the order the fields were bound. */
    public List<String> fieldErrors() {
        if (result == null) {
            return List.of();
        }
        return result.getFieldErrors().stream()
                .map(e -> messages.getMessage(e, locale))
                .distinct()
                .toList();
    }
}

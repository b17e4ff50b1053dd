package org.hros.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.hros.shared.FieldErrorsException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/** Moves a service's field errors onto a form, so they show next to the fields they concern. */
public final class FormErrors {

    private FormErrors() {}

    public static void copy(FieldErrorsException errors, BindingResult result) {
        for (FieldErrorsException.FieldError error : errors.errors()) {
            if (result.getFieldType(error.field()) != null || hasField(result, error.field())) {
                result.rejectValue(error.field(), error.code());
            } else {
                result.reject(error.code());
            }
        }
    }

    /**
     * Throws the form's binding errors (such as text refused for its control characters) as a service would, for
     * handlers that show every problem from one {@code catch}.
     */
    public static void raise(BindingResult result) {
        if (!result.hasErrors()) {
            return;
        }
        List<FieldErrorsException.FieldError> errors = new ArrayList<>();
        result.getFieldErrors()
                .forEach(error -> errors.add(new FieldErrorsException.FieldError(error.getField(), code(error))));
        result.getGlobalErrors().forEach(error -> errors.add(new FieldErrorsException.FieldError("form", code(error))));
        throw new FieldErrorsException(errors);
    }

    private static String code(ObjectError error) {
        return TextInputAdvice.CODE.equals(error.getCode()) ? TextBodyAdvice.CODE : error.getCode();
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldValue(field);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}

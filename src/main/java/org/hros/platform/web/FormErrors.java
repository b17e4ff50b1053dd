package org.hros.platform.web;

import org.hros.shared.FieldErrorsException;
import org.springframework.validation.BindingResult;

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

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldValue(field);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}

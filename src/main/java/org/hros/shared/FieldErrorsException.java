package org.hros.shared;

import java.util.List;

/**
 * Input that is well-formed but not acceptable, with a message per field; answered as 400 and shown next to
 * the fields on forms.
 */
public class FieldErrorsException extends RuntimeException {

    private final List<FieldError> errors;

    public FieldErrorsException(List<FieldError> errors) {
        super("Invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One field's problem.
     *
     * @param field the field's name as forms and JSON call it
     * @param code a message key that explains the problem
     */
    public record FieldError(String field, String code) {}
}

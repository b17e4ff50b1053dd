package org.hros.platform.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import org.hros.shared.TextInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text bound from a request is normalised, and text with control characters is refused. On a form the
 * refusal is an error under the field ({@code typeMismatch.java.lang.String}), put there by
 * {@link TextCheckingFormResolver} whether or not the handler validates the form, so the form comes back with its
 * values; a single query, path or header value that fails is a 400. JSON bodies are checked by
 * {@link TextBodyAdvice}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class TextInputAdvice {

    static final String CODE = "typeMismatch.java.lang.String";

    @InitBinder
    void text(WebDataBinder binder) {
        boolean form = binder.getTarget() != null || binder.getTargetType() != null;
        // A form record that failed to convert would not be built at all, and its handler would get null: forms
        // are built with the text as sent and refused by validation instead.
        binder.registerCustomEditor(String.class, new TextEditor(!form));
    }

    /** Not shared between binders: a property editor holds the value it converts. */
    private static final class TextEditor extends PropertyEditorSupport {

        private final boolean refuse;

        TextEditor(boolean refuse) {
            this.refuse = refuse;
        }

        @Override
        public void setAsText(String text) {
            if (refuse && !TextInput.acceptable(text)) {
                throw new IllegalArgumentException("Text with control characters");
            }
            setValue(TextInput.acceptable(text) ? TextInput.normalise(text) : text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /**
     * Puts the message under each field of a form record whose text (or one of whose texts) is refused. Run by
     * {@link TextCheckingFormResolver} on every form, validated or not.
     */
    static final class ControlCharacterValidator implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (target == null || !target.getClass().isRecord()) {
                return;
            }
            for (RecordComponent component : target.getClass().getRecordComponents()) {
                if (!acceptable(read(component, target))) {
                    reject(errors, component.getName());
                }
            }
        }

        private static boolean acceptable(Object value) {
            if (value instanceof String text) {
                return TextInput.acceptable(text);
            }
            if (value instanceof Collection<?> items) {
                return items.stream().allMatch(ControlCharacterValidator::acceptable);
            }
            return true;
        }

        private static void reject(Errors errors, String field) {
            try {
                errors.rejectValue(field, CODE);
            } catch (RuntimeException e) {
                errors.reject(CODE);
            }
        }

        private static Object read(RecordComponent component, Object record) {
            try {
                component.getAccessor().setAccessible(true);
                return component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }
}

package org.hros.platform.web;

import java.beans.PropertyEditorSupport;
import org.hros.shared.TextInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text bound from a request (form fields, query and path parameters, headers) is normalised, and text
 * with control characters is refused: on a form as the field's message ({@code typeMismatch.java.lang.String}),
 * elsewhere as a 400. JSON bodies are checked by {@link TextBodyAdvice}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class TextInputAdvice {

    @InitBinder
    void text(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextEditor());
    }

    /** Not shared between binders: a property editor holds the value it converts. */
    private static final class TextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (!TextInput.acceptable(text)) {
                throw new IllegalArgumentException("Text with control characters");
            }
            setValue(TextInput.normalise(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}

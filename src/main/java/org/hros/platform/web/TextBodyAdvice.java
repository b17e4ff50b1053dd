package org.hros.platform.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.TextInput;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON body with a control character in any of its texts, naming the field ({@code sections.summary},
 * {@code topics[2]}) the way validation errors do. JSON may carry NUL as {@code \u0000}; the parser lets it through,
 * PostgreSQL would not.
 */
@ControllerAdvice
class TextBodyAdvice extends RequestBodyAdviceAdapter {

    static final String CODE = "input.controlCharacters";
    private static final int MAX_DEPTH = 16;

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldErrorsException.FieldError> errors = new ArrayList<>();
        check(body, "", errors, 0);
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
        return body;
    }

    private static void check(Object value, String path, List<FieldErrorsException.FieldError> errors, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            if (!TextInput.acceptable(text)) {
                errors.add(new FieldErrorsException.FieldError(path.isEmpty() ? "body" : path, CODE));
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                check(item, path + "[" + i++ + "]", errors, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String at = path.isEmpty() ? key : path + "." + key;
                check(entry.getKey(), at, errors, depth + 1);
                check(entry.getValue(), at, errors, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
                check(read(component.getAccessor(), value), at, errors, depth + 1);
            }
        }
    }

    private static Object read(Method accessor, Object record) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}

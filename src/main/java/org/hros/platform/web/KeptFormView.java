package org.hros.platform.web;

import java.util.List;
import org.hros.platform.KeptForm;

/** A kept form to send again: where to, and each field with its values. */
public record KeptFormView(String action, List<Field> fields) {

    /** One value of one field. {@code shown} when it is text the member wrote, worth showing. */
    public record Field(String name, String value, boolean shown) {}

    static KeptFormView of(KeptForm form) {
        List<Field> fields = form.parameters().entrySet().stream()
                .flatMap(e ->
                        e.getValue().stream().map(v -> new Field(e.getKey(), v, v.length() > 20 || v.contains(" "))))
                .toList();
        return new KeptFormView(form.path(), fields);
    }
}

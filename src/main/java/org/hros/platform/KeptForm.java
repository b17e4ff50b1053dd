package org.hros.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page form that could not be accepted because its sender's session had ended, kept so that nothing they
 * wrote is lost: where it was sent and what it held (never a CSRF token or a password).
 *
 * @param path the path it was posted to, starting with {@code /}
 * @param parameters the fields in the order they were sent, each with all its values
 */
public record KeptForm(String path, Map<String, List<String>> parameters, Instant keptAt) {

    public KeptForm {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    /** The first value of a field, or {@code null} when the form did not have it. */
    public String first(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

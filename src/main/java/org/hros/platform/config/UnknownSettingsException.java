package org.hros.platform.config;

import java.util.List;
import java.util.stream.Collectors;

/** One or more {@code hros.*} keys that no setting of HROS has; the start stops. */
public class UnknownSettingsException extends RuntimeException {

    private final List<Unknown> keys;

    UnknownSettingsException(List<Unknown> keys) {
        super(keys.stream().map(Unknown::line).collect(Collectors.joining("\n")));
        this.keys = List.copyOf(keys);
    }

    public List<Unknown> keys() {
        return keys;
    }

    /**
     * A key given to HROS that it has no setting for.
     *
     * @param key the key as given
     * @param origin where it was given (file and line), when known
     * @param suggestion the known key it most likely meant, if any
     */
    public record Unknown(String key, String origin, String suggestion) {

        /** One line naming the key, where it came from and what was probably meant. */
        public String line() {
            return "Unknown setting " + key
                    + (origin == null ? "" : " (" + origin + ")")
                    + (suggestion == null ? "" : "; did you mean " + suggestion + "?")
                    + (suggestion == null ? "; HROS has no such setting" : "");
        }
    }
}

package org.hros.exercise.check;

import java.util.List;

/**
 * One thing a checker found.
 *
 * @param check which check found it ({@code validity}, {@code accessibility}, {@code jobPosting}, {@code copy},
 *     {@code analytics})
 * @param key the message key that explains it; {@code args} fill its placeholders
 * @param line the line in the submitted text, or 0 when the finding is about the whole text
 */
public record Finding(String check, Severity severity, String key, List<String> args, int line, int column) {

    public Finding {
        args = List.copyOf(args);
    }

    static Finding blocking(String check, String key, Object... args) {
        return new Finding(check, Severity.BLOCKING, key, strings(args), 0, 0);
    }

    static Finding advice(String check, String key, Object... args) {
        return new Finding(check, Severity.ADVICE, key, strings(args), 0, 0);
    }

    Finding at(int line, int column) {
        return new Finding(check, severity, key, args, line, column);
    }

    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }

    public Object[] argArray() {
        return args.toArray();
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}

package org.hros.redaction.internal;

import org.hros.redaction.Kind;

/** A candidate finding inside one text, before overlapping candidates are settled. */
record Hit(int start, int end, Kind kind, String replacement) {

    int length() {
        return end - start;
    }

    boolean overlaps(Hit other) {
        return start < other.end && other.start < end;
    }

    Hit withSpan(int newStart, int newEnd, String newReplacement) {
        return new Hit(newStart, newEnd, kind, newReplacement);
    }
}

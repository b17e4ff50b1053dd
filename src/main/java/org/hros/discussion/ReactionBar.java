package org.hros.discussion;

import java.util.Map;
import java.util.Set;
import org.hros.shared.SubjectRef;

/**
 * The reactions on one subject as one reader sees them: the public counts, and which reactions (bookmark
 * included) the reader gave.
 *
 * @param subject what was reacted to
 * @param counts how many members gave each public kind
 * @param mine the kinds the reader gave; empty for visitors
 * @param signedIn whether the reader may react
 */
public record ReactionBar(
        SubjectRef subject, Map<ReactionKind, Long> counts, Set<ReactionKind> mine, boolean signedIn) {

    public ReactionBar {
        counts = Map.copyOf(counts);
        mine = Set.copyOf(mine);
    }

    public long count(ReactionKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public boolean gave(ReactionKind kind) {
        return mine.contains(kind);
    }

    /** The address of the reactions, e.g. {@code /reactions/CASE/12}. */
    public String path() {
        return "/reactions/" + subject.type().name() + "/" + subject.id();
    }

    /** An id for the bar's element, unique on a page. */
    public String elementId() {
        return "reactions-" + subject.type().name().toLowerCase(java.util.Locale.ROOT) + "-" + subject.id();
    }
}

package org.hros.vocabulary.domain;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hros.shared.VocabularyKind;
import org.hros.vocabulary.TermView;

/** The whole vocabulary as read at one moment: every kind's words in order, and the redirects of old slugs. */
record Catalogue(Map<VocabularyKind, Map<String, TermView>> terms, Map<VocabularyKind, Map<String, String>> redirects) {

    /** Renames and merges can chain (a → b, then b → c); a chain longer than this is a loop and ends nowhere. */
    private static final int MAX_HOPS = 16;

    static Catalogue of(List<TermView> rows, List<String[]> redirectRows) {
        Map<VocabularyKind, Map<String, TermView>> terms = new EnumMap<>(VocabularyKind.class);
        Map<VocabularyKind, Map<String, String>> redirects = new EnumMap<>(VocabularyKind.class);
        for (VocabularyKind kind : VocabularyKind.values()) {
            terms.put(kind, new LinkedHashMap<>());
            redirects.put(kind, new LinkedHashMap<>());
        }
        rows.forEach(t -> terms.get(t.kind()).put(t.slug(), t));
        for (String[] r : redirectRows) {
            VocabularyKind.fromSlug(r[0]).ifPresent(k -> redirects.get(k).put(r[1], r[2]));
        }
        return new Catalogue(terms, redirects);
    }

    List<TermView> all(VocabularyKind kind) {
        return List.copyOf(terms.get(kind).values());
    }

    List<TermView> active(VocabularyKind kind) {
        return terms.get(kind).values().stream().filter(t -> !t.retired()).toList();
    }

    Optional<TermView> term(VocabularyKind kind, String slug) {
        return Optional.ofNullable(terms.get(kind).get(slug));
    }

    /** The word this slug names now: itself, or the end of its redirects. */
    Optional<TermView> resolve(VocabularyKind kind, String slug) {
        String current = slug;
        for (int hop = 0; hop <= MAX_HOPS && current != null; hop++) {
            TermView term = terms.get(kind).get(current);
            if (term != null) {
                return Optional.of(term);
            }
            current = redirects.get(kind).get(current);
        }
        return Optional.empty();
    }
}

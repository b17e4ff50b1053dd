package org.hros.search.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.search.Facet;
import org.hros.search.KindCounts;
import org.hros.search.SearchKind;
import org.hros.search.SearchQuery;

/**
 * The {@code kind} facet above the results: cases, requests, discussion, each with its count and the address of
 * the same words searched in it. Switching keeps the topic and skill choices (cases and requests share them) and
 * drops the others, which describe cases only.
 */
public record KindTabs(List<Tab> tabs) {

    static KindTabs of(SearchQuery query, SearchKind current, KindCounts counts) {
        return new KindTabs(Arrays.stream(SearchKind.values())
                .map(kind -> new Tab(kind, counts.of(kind), href(shared(query), kind), kind == current))
                .toList());
    }

    /** A search's address in one kind: {@code kind} is left out for cases, the default. */
    static String href(SearchQuery query, SearchKind kind) {
        String url = query.url();
        return kind == SearchKind.CASES ? url : url + (url.contains("?") ? "&" : "?") + "kind=" + kind.slug();
    }

    private static SearchQuery shared(SearchQuery query) {
        Map<Facet, Set<String>> kept = new EnumMap<>(Facet.class);
        for (Facet facet : List.of(Facet.TOPIC, Facet.SKILL)) {
            kept.put(facet, query.selected(facet));
        }
        return new SearchQuery(query.text(), kept, query.sort(), 1);
    }

    /** One kind with its count and address. */
    public record Tab(SearchKind kind, long count, String href, boolean current) {}
}

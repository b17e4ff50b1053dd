package org.hros.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;

/**
 * Everything a search is, as it appears in the address, so that a search can be shared:
 * {@code /search?q=ats+migration&outcome=failure&topic=sourcing&topic=dei&sort=newest&page=2}.
 *
 * @param text what the member typed, at most {@link #MAX_TEXT} characters; blank lists everything
 * @param filters the chosen values of each facet; values of one facet widen, facets narrow
 * @param sort the order of the results
 * @param page the page, from 1
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, SearchSort sort, int page) {

    /** Longer queries are refused with a 400 and a message, never truncated silently. */
    public static final int MAX_TEXT = 2000;

    /** The deepest page anyone may ask for. */
    public static final int MAX_PAGE = 500;

    public static final int PAGE_SIZE = 10;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        filters = Collections.unmodifiableMap(copy);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 1);
    }

    /**
     * Reads a query from request parameters. Unknown facet values, sorts and pages are a 400 that names the
     * parameter, so a mistyped link says so instead of silently showing everything.
     */
    public static SearchQuery parse(Map<String, List<String>> params) {
        List<FieldError> errors = new ArrayList<>();
        String text = first(params, "q");
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new FieldError("q", "search.error.tooLong"));
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> raw = params.getOrDefault(facet.param(), List.of());
            if (raw.size() > 30) {
                errors.add(new FieldError(facet.param(), "search.error.filter"));
                continue;
            }
            Set<String> values = new LinkedHashSet<>();
            for (String value : raw) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                facet.accept(value)
                        .ifPresentOrElse(
                                values::add, () -> errors.add(new FieldError(facet.param(), "search.error.filter")));
            }
            filters.put(facet, values);
        }
        SearchSort sort = SearchSort.RELEVANCE;
        String rawSort = first(params, "sort");
        if (rawSort != null && !rawSort.isBlank()) {
            sort = SearchSort.fromSlug(rawSort).orElse(null);
            if (sort == null) {
                errors.add(new FieldError("sort", "search.error.sort"));
            }
        }
        int page = 1;
        String rawPage = first(params, "page");
        if (rawPage != null && !rawPage.isBlank()) {
            try {
                page = Integer.parseInt(rawPage.trim());
                if (page < 1 || page > MAX_PAGE) {
                    errors.add(new FieldError("page", "search.error.pageRange"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("page", "search.error.page"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors.stream().distinct().toList());
        }
        return new SearchQuery(text, filters, sort, page);
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean hasFilters() {
        return !filters.isEmpty();
    }

    /** The same search with one facet value added, or removed when it was chosen; back to page 1. */
    public SearchQuery toggle(Facet facet, String value) {
        Map<Facet, Set<String>> next = new EnumMap<>(Facet.class);
        next.putAll(filters);
        Set<String> values = new LinkedHashSet<>(selected(facet));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(facet, values);
        return new SearchQuery(text, next, sort, 1);
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, filters, sort, 1);
    }

    public SearchQuery withSort(SearchSort newSort) {
        return new SearchQuery(text, filters, newSort, 1);
    }

    public SearchQuery withPage(int newPage) {
        return new SearchQuery(text, filters, sort, newPage);
    }

    public SearchQuery withoutFilters() {
        return new SearchQuery(text, Map.of(), sort, 1);
    }

    /** This search's address on {@code base}, e.g. {@code /search}. */
    public String url(String base) {
        StringBuilder url = new StringBuilder(base);
        String sep = "?";
        if (!text.isEmpty()) {
            url.append(sep).append("q=").append(encode(text));
            sep = "&";
        }
        for (Map.Entry<Facet, Set<String>> e : filters.entrySet()) {
            for (String value : e.getValue()) {
                url.append(sep).append(e.getKey().param()).append('=').append(encode(value));
                sep = "&";
            }
        }
        if (sort != SearchSort.RELEVANCE) {
            url.append(sep).append("sort=").append(sort.slug());
            sep = "&";
        }
        if (page > 1) {
            url.append(sep).append("page=").append(page);
        }
        return url.toString();
    }

    public String url() {
        return url("/search");
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

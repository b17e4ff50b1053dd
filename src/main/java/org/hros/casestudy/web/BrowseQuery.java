package org.hros.casestudy.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CaseOrder;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Outcome;
import org.hros.shared.Industry;
import org.hros.shared.PageView;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Browse parameters as they appear in the address: {@code ?topic=sourcing&outcome=failure&page=2}. Unknown
 * values are a 400, so a mistyped link says so instead of silently showing everything.
 */
public record BrowseQuery(CaseFilter filter, CaseOrder order, int page) {

    static BrowseQuery parse(Map<String, String> params) {
        CaseFilter filter = new CaseFilter(
                parse(
                        params.get("type"),
                        s -> Arrays.stream(CaseType.values())
                                .filter(t -> t.slug().equals(s))
                                .findFirst()),
                parse(
                        params.get("outcome"),
                        s -> Arrays.stream(Outcome.values())
                                .filter(o -> o.slug().equals(s))
                                .findFirst()),
                parse(params.get("topic"), s -> Vocabulary.fromSlug(Topic.class, s)),
                parse(params.get("skill"), s -> Vocabulary.fromSlug(Skill.class, s)),
                parse(params.get("industry"), s -> Vocabulary.fromSlug(Industry.class, s)),
                parse(params.get("size"), s -> Vocabulary.fromSlug(SizeBand.class, s)),
                parse(params.get("region"), s -> Vocabulary.fromSlug(Region.class, s)));
        int page;
        try {
            page = PageView.normalise(params.get("page") == null ? null : Integer.valueOf(params.get("page")));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page");
        }
        CaseOrder order = parse(
                params.get("sort"),
                s -> Arrays.stream(CaseOrder.values())
                        .filter(o -> o.slug().equals(s))
                        .findFirst());
        return new BrowseQuery(filter, order == null ? CaseOrder.NEWEST : order, page);
    }

    private static <T> T parse(String value, Function<String, Optional<T>> lookup) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return lookup.apply(value).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, value));
    }

    /** Whether the address named a word by a slug it no longer has (a rename or merge), rather than by its own. */
    boolean namesAnOldWord(Map<String, String> params) {
        return differs(params.get("topic"), filter.topic())
                || differs(params.get("skill"), filter.skill())
                || differs(params.get("industry"), filter.industry())
                || differs(params.get("size"), filter.size())
                || differs(params.get("region"), filter.region());
    }

    private static boolean differs(String given, Vocabulary word) {
        return given != null && word != null && !given.equals(word.slug());
    }

    /** The address of this query with one parameter set (or removed, when {@code value} is null). */
    public String with(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "type", filter.type() == null ? null : filter.type().slug());
        put(
                params,
                "outcome",
                filter.outcome() == null ? null : filter.outcome().slug());
        put(params, "topic", filter.topic() == null ? null : filter.topic().slug());
        put(params, "skill", filter.skill() == null ? null : filter.skill().slug());
        put(
                params,
                "industry",
                filter.industry() == null ? null : filter.industry().slug());
        put(params, "size", filter.size() == null ? null : filter.size().slug());
        put(params, "region", filter.region() == null ? null : filter.region().slug());
        put(params, "sort", order == CaseOrder.NEWEST ? null : order.slug());
        if (!"page".equals(name)) {
            params.remove("page");
        } else if (page > 1) {
            params.put("page", String.valueOf(page));
        }
        if (value == null) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        StringBuilder url = new StringBuilder("/cases");
        String sep = "?";
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return url.toString();
    }

    /** The address of this query in another order, from its first page. */
    public String sorted(CaseOrder other) {
        return with("sort", other == CaseOrder.NEWEST ? null : other.slug());
    }

    public String page(int number) {
        return with("page", number > 1 ? String.valueOf(number) : null);
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}

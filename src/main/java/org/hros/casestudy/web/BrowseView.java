package org.hros.casestudy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.Facets;
import org.hros.casestudy.Outcome;
import org.hros.shared.PageView;

/** The browse page: the query, one page of results and the facet counts. */
public record BrowseView(BrowseQuery query, PageView<CaseCard> page, Facets facets) {

    /** The facet groups in the order the sidebar shows them, each choice with its link. */
    public List<FacetGroup> groups() {
        CaseFilter f = query.filter();
        return List.of(
                group(
                        "browse.facet.outcome",
                        "outcome",
                        facets.outcomes(),
                        f.outcome(),
                        o -> o.slug(),
                        o -> o.messageKey()),
                group("browse.facet.type", "type", facets.types(), f.type(), t -> t.slug(), t -> t.messageKey()),
                group("browse.facet.topic", "topic", facets.topics(), f.topic(), t -> t.slug(), t -> t.messageKey()),
                group("browse.facet.skill", "skill", facets.skills(), f.skill(), s -> s.slug(), s -> s.messageKey()),
                group(
                        "browse.facet.industry",
                        "industry",
                        facets.industries(),
                        f.industry(),
                        i -> i.slug(),
                        i -> i.messageKey()),
                group("browse.facet.size", "size", facets.sizes(), f.size(), s -> s.slug(), s -> s.messageKey()),
                group(
                        "browse.facet.region",
                        "region",
                        facets.regions(),
                        f.region(),
                        r -> r.slug(),
                        r -> r.messageKey()));
    }

    /**
     * The Atom feed that follows this list: the one for its failures, its topic or its skill when that is the only
     * filter applied, otherwise the feed of all cases.
     */
    public String feedPath() {
        CaseFilter f = query.filter();
        if (f.equals(new CaseFilter(null, Outcome.FAILURE, null, null, null, null, null))) {
            return "/cases/failures.atom";
        }
        if (f.topic() != null && f.equals(new CaseFilter(null, null, f.topic(), null, null, null, null))) {
            return "/cases/topics/" + f.topic().slug() + ".atom";
        }
        if (f.skill() != null && f.equals(new CaseFilter(null, null, null, f.skill(), null, null, null))) {
            return "/cases/skills/" + f.skill().slug() + ".atom";
        }
        return "/cases.atom";
    }

    /** Whether {@link #feedPath()} follows exactly this list rather than the whole library. */
    public boolean feedFollowsThisList() {
        return !"/cases.atom".equals(feedPath());
    }

    /** The choices currently applied, each with a link that removes it. */
    public List<FacetOption> active() {
        List<FacetOption> active = new ArrayList<>();
        for (FacetGroup group : groups()) {
            group.options().stream().filter(FacetOption::active).forEach(active::add);
        }
        return active;
    }

    private <E> FacetGroup group(
            String titleKey,
            String param,
            Map<E, Long> counts,
            E selected,
            Function<E, String> slug,
            Function<E, String> labelKey) {
        List<FacetOption> options = new ArrayList<>();
        counts.forEach((value, count) -> {
            boolean active = Objects.equals(value, selected);
            options.add(new FacetOption(
                    labelKey.apply(value), count, query.with(param, active ? null : slug.apply(value)), active));
        });
        if (selected != null && !counts.containsKey(selected)) {
            options.add(new FacetOption(labelKey.apply(selected), 0, query.with(param, null), true));
        }
        return new FacetGroup(titleKey, param, options);
    }

    /** One dimension of the sidebar. */
    public record FacetGroup(String titleKey, String param, List<FacetOption> options) {

        /** Outcome, form and topic are open; the others too once one of their choices is applied. */
        public boolean openByDefault() {
            return List.of("outcome", "type", "topic").contains(param)
                    || options.stream().anyMatch(FacetOption::active);
        }
    }

    /**
     * One choice: its label's message key, how many cases it gives, and the address that applies it (or,
     * when it is active, removes it).
     */
    public record FacetOption(String labelKey, long count, String href, boolean active) {}
}

package org.hros.casestudy.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hros.casestudy.CaseFilter;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.FacetIndex;
import org.hros.casestudy.Facets;
import org.hros.casestudy.Outcome;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The listing's facet counts as the search index gives them ({@link FacetIndex}), translated from slugs; empty when
 * there is no index or it cannot answer for the library as it is now, and the library counts in SQL instead.
 * {@code hros.listing.facet-counts=sql} makes the library always count in SQL, as it did before the index counted.
 */
@Component
class IndexedFacets {

    private final ObjectProvider<FacetIndex> index;
    private final boolean fromIndex;

    IndexedFacets(ObjectProvider<FacetIndex> index, ListingProperties listing) {
        this.index = index;
        this.fromIndex = listing.facetCounts() == ListingProperties.FacetCounts.INDEX;
    }

    Optional<Facets> count(CaseFilter filter) {
        FacetIndex counter = fromIndex ? index.getIfAvailable() : null;
        if (counter == null) {
            return Optional.empty();
        }
        return counter.count(slugs(filter)).map(IndexedFacets::facets);
    }

    /** The filter's choices as the address writes them. */
    static Map<String, String> slugs(CaseFilter f) {
        Map<String, String> slugs = new LinkedHashMap<>();
        put(slugs, "type", f.type() == null ? null : f.type().slug());
        put(slugs, "outcome", f.outcome() == null ? null : f.outcome().slug());
        put(slugs, "topic", f.topic() == null ? null : f.topic().slug());
        put(slugs, "skill", f.skill() == null ? null : f.skill().slug());
        put(slugs, "industry", f.industry() == null ? null : f.industry().slug());
        put(slugs, "size", f.size() == null ? null : f.size().slug());
        put(slugs, "region", f.region() == null ? null : f.region().slug());
        return slugs;
    }

    private static Facets facets(Map<String, Map<String, Long>> counts) {
        return new Facets(
                values(counts.get("type"), CaseType.class, s -> bySlug(CaseType.values(), CaseType::slug, s)),
                values(counts.get("outcome"), Outcome.class, s -> bySlug(Outcome.values(), Outcome::slug, s)),
                words(counts.get("topic"), Topic.class),
                words(counts.get("skill"), Skill.class),
                words(counts.get("industry"), Industry.class),
                words(counts.get("size"), SizeBand.class),
                words(counts.get("region"), Region.class));
    }

    /** The counts by value, in the enum's order; zeros left out. */
    private static <E extends Enum<E>> Map<E, Long> values(
            Map<String, Long> bySlug, Class<E> type, Function<String, Optional<E>> parse) {
        Map<E, Long> values = new EnumMap<>(type);
        if (bySlug != null) {
            bySlug.forEach((slug, count) -> {
                if (count != null && count > 0) {
                    parse.apply(slug).ifPresent(v -> values.put(v, count));
                }
            });
        }
        return values;
    }

    /** The counts by word, as the SQL counts give them; words the vocabulary no longer knows and zeros left out. */
    private static <W extends Vocabulary> Map<W, Long> words(Map<String, Long> bySlug, Class<W> type) {
        Map<W, Long> words = new HashMap<>();
        if (bySlug != null) {
            bySlug.forEach((slug, count) -> {
                if (count != null && count > 0) {
                    Vocabulary.fromSlug(type, slug).ifPresent(w -> words.merge(w, count, Long::sum));
                }
            });
        }
        return words;
    }

    private static <E> Optional<E> bySlug(E[] values, Function<E, String> slug, String value) {
        return Arrays.stream(values).filter(v -> slug.apply(v).equals(value)).findFirst();
    }

    private static void put(Map<String, String> slugs, String dimension, String slug) {
        if (slug != null) {
            slugs.put(dimension, slug);
        }
    }
}

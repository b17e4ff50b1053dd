package org.hros.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

/**
 * A dimension results can be narrowed by. Values are slugs, the same in the address, the API and the index;
 * several values of one facet widen (or), different facets narrow (and).
 */
public enum Facet {
    TYPE("type", "type"),
    OUTCOME("outcome", "outcome"),
    TOPIC("topic", "topics"),
    SKILL("skill", "skills"),
    INDUSTRY("industry", "industry"),
    SIZE("size", "size"),
    REGION("region", "region"),
    YEAR("year", "year"),
    LICENCE("licence", "licence");

    private final String param;
    private final String field;

    Facet(String param, String field) {
        this.param = param;
        this.field = field;
    }

    /** The query parameter, e.g. {@code topic}. */
    public String param() {
        return param;
    }

    /** The index field it counts. */
    public String field() {
        return field;
    }

    public String titleKey() {
        return "search.facet." + param;
    }

    /** Every possible value in display order; empty for years, which are any year. */
    public List<String> choices() {
        return switch (this) {
            case TYPE -> slugs(CaseType.values(), CaseType::slug);
            case OUTCOME -> slugs(Outcome.values(), Outcome::slug);
            case TOPIC -> Vocabulary.slugs(Topic.active());
            case SKILL -> Vocabulary.slugs(Skill.active());
            case INDUSTRY -> Vocabulary.slugs(Industry.active());
            case SIZE -> Vocabulary.slugs(SizeBand.active());
            case REGION -> Vocabulary.slugs(Region.active());
            case YEAR -> List.of();
            case LICENCE -> slugs(Licence.values(), Facet::licenceSlug);
        };
    }

    /** The value if it is one of this facet's, else empty. */
    public Optional<String> accept(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (this == YEAR) {
            return value.matches("(19|20)\\d\\d") ? Optional.of(value) : Optional.empty();
        }
        Class<? extends Vocabulary> words = words();
        if (words != null) {
            // A retired word still finds its old content; an old slug finds its new word's.
            return Vocabulary.fromSlug(words, value).map(Vocabulary::slug);
        }
        return choices().contains(value) ? Optional.of(value) : Optional.empty();
    }

    /** The message key of a value's label, or {@code null} when the value is its own label (a year). */
    public String labelKey(String value) {
        return switch (this) {
            case TYPE ->
                find(CaseType.values(), CaseType::slug, value)
                        .map(CaseType::messageKey)
                        .orElse(null);
            case OUTCOME ->
                find(Outcome.values(), Outcome::slug, value)
                        .map(Outcome::messageKey)
                        .orElse(null);
            case TOPIC -> vocabulary(Topic.class, value);
            case SKILL -> vocabulary(Skill.class, value);
            case INDUSTRY -> vocabulary(Industry.class, value);
            case SIZE -> vocabulary(SizeBand.class, value);
            case REGION -> vocabulary(Region.class, value);
            case YEAR -> null;
            case LICENCE -> choices().contains(value) ? "search.licence." + value : null;
        };
    }

    /** The vocabulary this facet's values come from, or {@code null}. */
    private Class<? extends Vocabulary> words() {
        return switch (this) {
            case TOPIC -> Topic.class;
            case SKILL -> Skill.class;
            case INDUSTRY -> Industry.class;
            case SIZE -> SizeBand.class;
            case REGION -> Region.class;
            default -> null;
        };
    }

    public static Optional<Facet> fromParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }

    /** A licence as a value: {@code cc-by-4-0}. */
    public static String licenceSlug(Licence licence) {
        return licence.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E> List<String> slugs(E[] values, Function<E, String> slug) {
        return Arrays.stream(values).map(slug).toList();
    }

    private static <E> Optional<E> find(E[] values, Function<E, String> slug, String value) {
        return Arrays.stream(values).filter(v -> slug.apply(v).equals(value)).findFirst();
    }

    private static <E extends Vocabulary> String vocabulary(Class<E> type, String value) {
        return Vocabulary.fromSlug(type, value).map(Vocabulary::messageKey).orElse(null);
    }
}

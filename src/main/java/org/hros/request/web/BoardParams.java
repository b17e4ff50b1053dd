package org.hros.request.web;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hros.request.RequestStatus;
import org.hros.request.domain.BoardQuery;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.PageView;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

/**
 * Board parameters as links and the API write them: {@code ?sort=trending&topic=sourcing&status=open&page=2}.
 * An unknown value is a 400 naming the parameter, so a mistyped link says so instead of showing everything.
 */
public final class BoardParams {

    private BoardParams() {}

    public static BoardQuery parse(Map<String, String> params, int size) {
        BoardQuery.Sort sort = parse(params, "sort", s -> find(BoardQuery.Sort.values(), s, BoardQuery.Sort::slug));
        Topic topic = parse(params, "topic", s -> Vocabulary.fromSlug(Topic.class, s));
        Skill skill = parse(params, "skill", s -> Vocabulary.fromSlug(Skill.class, s));
        RequestStatus status = parse(params, "status", s -> find(RequestStatus.values(), s, BoardView::slug));
        BoardQuery.Mine mine = parse(params, "mine", s -> find(BoardQuery.Mine.values(), s, BoardQuery.Mine::slug));
        int page;
        try {
            page = PageView.normalise(params.get("page") == null ? null : Integer.valueOf(params.get("page")));
        } catch (NumberFormatException e) {
            throw invalid("page");
        }
        return new BoardQuery(sort, topic, skill, status, mine, page, size);
    }

    private static <T> T parse(Map<String, String> params, String name, Function<String, Optional<T>> lookup) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return lookup.apply(value.strip()).orElseThrow(() -> invalid(name));
    }

    private static <E> Optional<E> find(E[] values, String slug, Function<E, String> slugOf) {
        return Arrays.stream(values)
                .filter(v -> slugOf.apply(v).equalsIgnoreCase(slug))
                .findFirst();
    }

    private static FieldErrorsException invalid(String name) {
        return new FieldErrorsException(java.util.List.of(new FieldError(name, "api.unknownValue")));
    }
}

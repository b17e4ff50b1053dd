package org.hros.exercise.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A recruiting data set and the questions asked about it. The right answers are computed from the data, never typed
 * in: conversion between two funnel stages (percent), cost per hire of a source (spend ÷ hires), the most effective
 * source (lowest cost per hire) and the leakiest step (lowest conversion between consecutive stages).
 *
 * @param tolerance how far an answer may be from the computed value, in percent of that value
 */
public record AnalyticsDataset(List<Stage> stages, List<Source> sources, List<Question> questions, double tolerance) {

    /** A funnel stage and how many candidates reached it. */
    public record Stage(String name, long count) {}

    /** A source of candidates, what it cost and how many hires it brought. */
    public record Source(String name, BigDecimal spend, long hires) {}

    /** The kinds of question. */
    public enum QuestionType {
        CONVERSION,
        COST_PER_HIRE,
        BEST_SOURCE,
        LEAKIEST_STEP;

        public boolean numeric() {
            return this == CONVERSION || this == COST_PER_HIRE;
        }
    }

    /** A question; {@code from}/{@code to} name stages, {@code source} a source, as the type needs. */
    public record Question(String id, QuestionType type, String from, String to, String source) {

        public String messageKey() {
            return "exercise.question." + type.name();
        }

        public List<String> args() {
            return switch (type) {
                case CONVERSION -> List.of(from, to);
                case COST_PER_HIRE -> List.of(source);
                default -> List.of();
            };
        }
    }

    /** The computed answer: a number rounded to two places, or a name. */
    public String expected(Question q) {
        return switch (q.type()) {
            case CONVERSION ->
                plain(conversion(stage(q.from()).count(), stage(q.to()).count()));
            case COST_PER_HIRE -> plain(costPerHire(source(q.source())));
            case BEST_SOURCE ->
                sources.stream()
                        .filter(s -> s.hires() > 0)
                        .min(Comparator.comparing(AnalyticsDataset::costPerHire))
                        .map(Source::name)
                        .orElse("");
            case LEAKIEST_STEP -> leakiestStep();
        };
    }

    /** The choices offered for a question that names a source or a step. */
    public List<String> choices(Question q) {
        return switch (q.type()) {
            case BEST_SOURCE -> sources.stream().map(Source::name).toList();
            case LEAKIEST_STEP -> steps();
            default -> List.of();
        };
    }

    List<String> steps() {
        return java.util.stream.IntStream.range(1, stages.size())
                .mapToObj(i -> step(stages.get(i - 1), stages.get(i)))
                .toList();
    }

    private String leakiestStep() {
        String worst = "";
        BigDecimal lowest = null;
        for (int i = 1; i < stages.size(); i++) {
            BigDecimal c = conversion(stages.get(i - 1).count(), stages.get(i).count());
            if (lowest == null || c.compareTo(lowest) < 0) {
                lowest = c;
                worst = step(stages.get(i - 1), stages.get(i));
            }
        }
        return worst;
    }

    private static String step(Stage from, Stage to) {
        return from.name() + " → " + to.name();
    }

    Optional<Stage> findStage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    Optional<Source> findSource(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private Stage stage(String name) {
        return findStage(name).orElseThrow();
    }

    private Source source(String name) {
        return findSource(name).orElseThrow();
    }

    static BigDecimal conversion(long from, long to) {
        return from == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(to * 100L).divide(BigDecimal.valueOf(from), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal costPerHire(Source s) {
        return s.hires() == 0
                ? BigDecimal.ZERO
                : s.spend().divide(BigDecimal.valueOf(s.hires()), 2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}

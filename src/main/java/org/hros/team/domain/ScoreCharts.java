package org.hros.team.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.hros.team.TeamExerciseScores.ExerciseAttempt;
import org.hros.team.domain.DashboardViews.ChartWeek;
import org.hros.team.domain.DashboardViews.ScoreChart;

/** Lays out the weekly score chart: one bar per week, its height the week's mean score out of 100. */
final class ScoreCharts {

    static final int WEEKS = 8;
    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 40;
    static final int TOP = 10;
    static final int BOTTOM = 30;

    private ScoreCharts() {}

    /** The first day the chart covers, for {@code today}. */
    static LocalDate firstDay(LocalDate today) {
        return monday(today).minusWeeks(WEEKS - 1);
    }

    static ScoreChart weekly(List<ExerciseAttempt> attempts, LocalDate today) {
        LocalDate first = firstDay(today);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int slot = (WIDTH - LEFT) / WEEKS;
        int barWidth = slot - 16;
        List<ChartWeek> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            LocalDate start = first.plusWeeks(i);
            List<ExerciseAttempt> in = attempts.stream()
                    .filter(a ->
                            monday(LocalDate.ofInstant(a.at(), ZoneOffset.UTC)).equals(start))
                    .toList();
            int average = in.isEmpty()
                    ? 0
                    : (int) Math.round(in.stream()
                            .mapToInt(a -> Math.max(0, Math.min(100, a.score())))
                            .average()
                            .orElse(0));
            int passed = (int) in.stream().filter(ExerciseAttempt::passed).count();
            int barHeight = average * plotHeight / 100;
            weeks.add(new ChartWeek(
                    start,
                    in.size(),
                    passed,
                    average,
                    LEFT + i * slot + 8,
                    TOP + plotHeight - barHeight,
                    barWidth,
                    barHeight));
        }
        return new ScoreChart(WIDTH, HEIGHT, TOP + plotHeight, weeks);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

package org.hros.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTests {

    static final List<LocalDate> WEEKS = List.of(
            LocalDate.parse("2024-02-05"),
            LocalDate.parse("2024-02-12"),
            LocalDate.parse("2024-02-19"),
            LocalDate.parse("2024-02-26"));

    @Test
    void aWeeklyChartNamesItselfForScreenReadersAndScalesToARoundMaximum() {
        String svg = SvgChart.weekly(
                "chart-x",
                "Members <joined>",
                "Four weeks & more",
                WEEKS,
                List.of(new SvgChart.Series("a", List.of(1.0, 3.0, 0.0, 2.0))));
        assertThat(svg)
                .startsWith("<svg class=\"chart\"")
                .contains("role=\"img\" aria-labelledby=\"chart-x-title chart-x-desc\"")
                .contains("<title id=\"chart-x-title\">Members &lt;joined&gt;</title>")
                .contains("<desc id=\"chart-x-desc\">Four weeks &amp; more</desc>")
                // 3 rounds up to 5 on the axis, with 2.5 half-way.
                .contains(">5</text>", ">2.5</text>", ">0</text>")
                .contains(">5 Feb</text>", ">26 Feb</text>")
                .endsWith("</svg>");
        assertThat(count(svg, "<circle")).isEqualTo(4);
        assertThat(count(svg, "<polyline")).isEqualTo(1);
    }

    @Test
    void aWeekWithNothingToMeasureLeavesAGapInTheLine() {
        String svg = SvgChart.weekly(
                "chart-y",
                "Median",
                "Hours",
                WEEKS,
                List.of(
                        new SvgChart.Series("a", Arrays.asList(4.0, null, 2.5, 1.0)),
                        new SvgChart.Series("b", Arrays.asList(null, null, null, null))));
        assertThat(count(svg, "<polyline class=\"chart__line chart__line--a\"")).isEqualTo(2);
        assertThat(count(svg, "chart__point--a")).isEqualTo(3);
        assertThat(svg).doesNotContain("chart__line--b", "chart__point--b");
    }

    @Test
    void niceCeilingsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(SvgChart.niceCeiling(0)).isEqualTo(1);
        assertThat(SvgChart.niceCeiling(1)).isEqualTo(1);
        assertThat(SvgChart.niceCeiling(3)).isEqualTo(5);
        assertThat(SvgChart.niceCeiling(17)).isEqualTo(20);
        assertThat(SvgChart.niceCeiling(24)).isEqualTo(25);
        assertThat(SvgChart.niceCeiling(0.4)).isEqualTo(0.5);
        assertThat(SvgChart.niceCeiling(730)).isEqualTo(1000);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}

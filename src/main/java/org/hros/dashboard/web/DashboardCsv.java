package org.hros.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hros.dashboard.domain.CommunityFigures;
import org.hros.dashboard.domain.WeekFigures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes every figure of the dashboard as CSV (RFC 4180 through Jackson's CSV module: CRLF line ends, a cell quoted
 * only when it holds a separator, a quote or a line break): a header line, then one line per week, oldest first.
 * Durations are decimal hours or days; a week with nothing to measure leaves the cell empty.
 */
@Component
class DashboardCsv {

    static final List<String> COLUMNS = List.of(
            "week",
            "membersJoined",
            "casesSubmitted",
            "casesPublished",
            "requestsOpened",
            "requestsAnswered",
            "medianFirstActionHours",
            "queueWaiting",
            "queueOldestDays",
            "queueMedianDays",
            "flagsHandled");

    private final CsvMapper mapper =
            CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private final MessageSource messages;

    DashboardCsv(MessageSource messages) {
        this.messages = messages;
    }

    String write(CommunityFigures figures) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        COLUMNS.forEach(schema::addColumn);
        List<List<String>> lines = new ArrayList<>();
        lines.add(COLUMNS.stream()
                .map(c -> messages.getMessage("dashboard.csv." + c, null, Locale.ENGLISH))
                .toList());
        for (WeekFigures w : figures.rows()) {
            lines.add(List.of(
                    w.monday().toString(),
                    Long.toString(w.membersJoined()),
                    Long.toString(w.casesSubmitted()),
                    Long.toString(w.casesPublished()),
                    Long.toString(w.requestsOpened()),
                    Long.toString(w.requestsAnswered()),
                    plain(w.medianFirstActionHours()),
                    Long.toString(w.queueWaiting()),
                    plain(w.queueOldestDays()),
                    plain(w.queueMedianDays()),
                    Long.toString(w.flagsHandled())));
        }
        return mapper.writer(schema.build().withLineSeparator("\r\n")).writeValueAsString(lines);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}

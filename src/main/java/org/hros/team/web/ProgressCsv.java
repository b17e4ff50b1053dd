package org.hros.team.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hros.team.domain.DashboardViews.ExportRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes the team's progress table as CSV (RFC 4180, through Jackson's CSV module). A cell that a spreadsheet
 * would read as a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an
 * apostrophe, so that a member's name or a track's title cannot run in the lead's spreadsheet.
 */
@Component
class ProgressCsv {

    private static final List<String> COLUMNS =
            List.of("member", "track", "dueOn", "stepsDone", "stepsTotal", "nextStep", "completedOn", "overdue");

    /** Quotes only the cells that need it (a separator, a quote or a line break), as RFC 4180 asks. */
    private final CsvMapper mapper =
            CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private final MessageSource messages;

    ProgressCsv(MessageSource messages) {
        this.messages = messages;
    }

    String write(List<ExportRow> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        COLUMNS.forEach(schema::addColumn);
        List<List<String>> lines = new ArrayList<>();
        lines.add(COLUMNS.stream()
                .map(c -> messages.getMessage("team.csv." + c, null, Locale.ENGLISH))
                .toList());
        for (ExportRow r : rows) {
            lines.add(List.of(
                    safe(r.member()),
                    safe(r.track()),
                    r.dueOn().toString(),
                    r.stepsDone() == null ? "" : r.stepsDone().toString(),
                    r.stepsTotal() == null ? "" : r.stepsTotal().toString(),
                    safe(r.nextStep()),
                    r.completedAt() == null
                            ? ""
                            : r.completedAt()
                                    .atZone(ZoneOffset.UTC)
                                    .toLocalDate()
                                    .toString(),
                    r.overdue() ? "yes" : "no"));
        }
        return mapper.writer(schema.build().withLineSeparator("\r\n")).writeValueAsString(lines);
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}

package org.hros.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hros.safety.LeakScanner.Leak;

/** What the leak suite tells a reader: a summary on the console, and every address it checked in a file. */
final class LeakReport {

    static final Path REPORT = Path.of("target", "anonymity-leak-report.txt");

    private LeakReport() {}

    static String describe(List<Leak> leaks) {
        return leaks.stream().limit(60).map(Leak::toString).collect(Collectors.joining("\n"))
                + (leaks.size() > 60 ? "\n… " + leaks.size() + " in all" : "");
    }

    /** Every address, call and log line the suite checked, for a reader who wants to see what was covered. */
    static void write(List<Crawler> crawls, ApiSweep api, List<String> logLines) {
        StringBuilder report = new StringBuilder();
        for (Crawler crawl : crawls) {
            report.append("# crawl as ").append(crawl.browser().name()).append('\n');
            crawl.visited()
                    .values()
                    .forEach(p -> report.append(p.status())
                            .append(p.htmx() ? " htmx " : " ")
                            .append(p.target())
                            .append('\n'));
        }
        report.append("# API\n");
        api.calls()
                .forEach(c -> report.append(c.status())
                        .append(' ')
                        .append(c.browser())
                        .append(' ')
                        .append(c.target())
                        .append('\n'));
        report.append("# INFO log\n");
        logLines.forEach(l -> report.append(l).append('\n'));
        try {
            Files.writeString(REPORT, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(Leak leak) {
        String where = leak.where();
        if (where.startsWith("INFO log")) {
            return "the log";
        } else if (where.startsWith("mail")) {
            return "mails";
        } else if (where.contains(" API GET ")) {
            return "API responses";
        } else if (where.contains("[headers]")) {
            return "response headers";
        }
        return "pages";
    }

    static void print(
            List<Crawler> crawls,
            int budget,
            ApiSweep api,
            int mails,
            int logLines,
            LeakScanner scanner,
            long started) {
        StringBuilder out = new StringBuilder("\n=== Anonymity leak suite ===\n");
        for (Crawler crawl : crawls) {
            out.append(String.format(
                    "crawl as %s: %d pages reached by links, %d probed; %d links left unvisited at the budget of %d,"
                            + " %d listing pages beyond page %d skipped%n",
                    crawl.browser().name(),
                    crawl.visited().size() - crawl.probed(),
                    crawl.probed(),
                    crawl.unvisited(),
                    budget,
                    crawl.skippedPages(),
                    Crawler.MAX_PAGE));
        }
        out.append(String.format("API: %d GET calls over %s%n", api.calls().size(), api.getPaths()));
        out.append("API operations not called (they change state):\n");
        api.notCalled().forEach(op -> out.append("  ").append(op).append('\n'));
        out.append(String.format(
                "mails checked: %d; INFO log lines checked: %d; texts scanned: %d; leaks: %d; %s%n",
                mails,
                logLines,
                scanner.scanned(),
                scanner.leaks().size(),
                Duration.ofNanos(System.nanoTime() - started)));
        scanner.leaks().stream()
                .collect(Collectors.groupingBy(LeakReport::kind, TreeMap::new, Collectors.counting()))
                .forEach((kind, count) -> out.append(String.format("  leaks in %s: %d%n", kind, count)));
        out.append("every address, call and log line checked: ").append(REPORT).append('\n');
        System.out.println(out);
    }
}

package org.hros.search.domain.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The field's synonyms: the shipped list ({@code search/synonyms.txt}) and what administrators add. They are
 * applied to queries, not to the index, so an addition counts for the next search on every node (within
 * {@link #REFRESH_MILLIS}) without rebuilding anything, and multi-word expressions match as phrases.
 */
@Service
public class Synonyms implements QueryText.SynonymTable {

    static final long REFRESH_MILLIS = 30_000;
    static final int MAX_EXTRA_LENGTH = 20_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<List<List<String>>> shipped;
    private volatile Table table;

    Synonyms(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shipped = parse(read());
    }

    /** What administrators added, as they wrote it. */
    @Transactional(readOnly = true)
    public String extras() {
        return jdbc.sql("select body from search_synonyms where id = 1")
                .query(String.class)
                .optional()
                .orElse("");
    }

    /** How many groups ship with HROS. */
    public int shippedGroups() {
        return shipped.size();
    }

    /**
     * Replaces the administrators' additions.
     *
     * @throws FieldErrorsException when the text is too long or a line names fewer than two expressions
     */
    @Transactional
    public void saveExtras(String body) {
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (text.length() > MAX_EXTRA_LENGTH) {
            throw new FieldErrorsException(List.of(new FieldError("synonyms", "search.admin.synonyms.tooLong")));
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank()
                    && !line.strip().startsWith("#")
                    && expressions(line).size() < 2) {
                throw new FieldErrorsException(List.of(new FieldError("synonyms", "search.admin.synonyms.line")));
            }
        }
        jdbc.sql("insert into search_synonyms (id, body, updated_at) values (1, ?, ?)"
                        + " on conflict (id) do update set body = excluded.body, updated_at = excluded.updated_at")
                .params(text, java.sql.Timestamp.from(clock.instant()))
                .update();
        table = null;
    }

    /**
     * The longest expression starting at {@code start} in {@code tokens}, with every expression of its group;
     * {@code null} when none starts there.
     */
    @Override
    public Match match(List<String> tokens, int start) {
        Table t = current();
        List<Integer> candidates = t.byFirst.get(tokens.get(start));
        if (candidates == null) {
            return null;
        }
        Match best = null;
        for (int g : candidates) {
            for (List<String> expression : t.groups.get(g)) {
                int n = expression.size();
                if (start + n <= tokens.size()
                        && tokens.subList(start, start + n).equals(expression)
                        && (best == null || n > best.length)) {
                    best = new Match(n, t.groups.get(g));
                }
            }
        }
        return best;
    }

    /** A run of query words that is a known expression, and all the expressions that mean the same. */
    public record Match(int length, List<List<String>> expressions) {}

    private Table current() {
        Table t = table;
        long now = System.nanoTime() / 1_000_000;
        if (t == null || now - t.loadedAt > REFRESH_MILLIS) {
            List<List<List<String>>> groups = new ArrayList<>(shipped);
            groups.addAll(parse(extras()));
            t = new Table(groups, now);
            table = t;
        }
        return t;
    }

    private static final class Table {

        final List<List<List<String>>> groups;
        final Map<String, List<Integer>> byFirst = new HashMap<>();
        final long loadedAt;

        Table(List<List<List<String>>> groups, long loadedAt) {
            this.groups = groups;
            this.loadedAt = loadedAt;
            for (int g = 0; g < groups.size(); g++) {
                for (List<String> expression : groups.get(g)) {
                    List<Integer> list = byFirst.computeIfAbsent(expression.get(0), k -> new ArrayList<>());
                    if (!list.contains(g)) {
                        list.add(g);
                    }
                }
            }
        }
    }

    static List<List<List<String>>> parse(String text) {
        List<List<List<String>>> groups = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            List<List<String>> expressions = expressions(line);
            if (expressions.size() >= 2) {
                groups.add(expressions);
            }
        }
        return groups;
    }

    private static List<List<String>> expressions(String line) {
        Set<List<String>> expressions = new LinkedHashSet<>();
        for (String part : line.split(",")) {
            List<String> words = QueryText.words(part);
            if (!words.isEmpty() && words.size() <= 8) {
                expressions.add(List.copyOf(words));
            }
        }
        return List.copyOf(expressions);
    }

    private static String read() {
        try (InputStream in = new ClassPathResource("search/synonyms.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

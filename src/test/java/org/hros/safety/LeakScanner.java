package org.hros.safety;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for canary strings in any text, case-insensitively, also after undoing the encodings an output may
 * wrap them in (HTML entities, percent-encoding, JSON escapes), so that an encoded name or address counts as
 * much as the plain one.
 */
final class LeakScanner {

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern PERCENT = Pattern.compile("%([2-7][0-9a-fA-F])");
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Map<String, String> NAMED_ENTITIES =
            Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"", "&apos;", "'", "&nbsp;", " ");

    private final List<Canary> canaries;
    private final List<Leak> leaks = new ArrayList<>();
    private final AtomicLong scanned = new AtomicLong();

    LeakScanner(List<Canary> canaries) {
        this.canaries = List.copyOf(canaries);
    }

    /** Strings of one canary found in one output where they must not be. */
    record Leak(String where, String canary, List<String> marks, String excerpt) {

        @Override
        public String toString() {
            return where + ": " + marks + " of " + canary + " in …" + excerpt + "…";
        }
    }

    /** Scans {@code text}; canaries in {@code exempt} may appear (a mail to the canary themself). */
    List<Leak> scan(String where, String text, Collection<Canary> exempt) {
        scanned.incrementAndGet();
        List<Leak> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Set<String> variants = variants(text);
        for (Canary canary : canaries) {
            if (exempt.contains(canary)) {
                continue;
            }
            List<String> marks = new ArrayList<>();
            String excerpt = null;
            for (String mark : canary.marks()) {
                for (String variant : variants) {
                    int at = variant.indexOf(mark);
                    if (at >= 0) {
                        marks.add(mark);
                        excerpt = excerpt != null ? excerpt : excerpt(variant, at, mark.length());
                        break;
                    }
                }
            }
            if (!marks.isEmpty()) {
                found.add(new Leak(where, canary.label(), marks, excerpt));
            }
        }
        synchronized (leaks) {
            leaks.addAll(found);
        }
        return found;
    }

    List<Leak> scan(String where, String text) {
        return scan(where, text, List.of());
    }

    /** Scans every header of a response (names and values) and its body. */
    List<Leak> scan(String where, HttpResponse<String> response) {
        StringBuilder head = new StringBuilder();
        response.headers()
                .map()
                .forEach((name, values) -> values.forEach(
                        v -> head.append(name).append(": ").append(v).append('\n')));
        List<Leak> found = new ArrayList<>(scan(where + " [headers]", head.toString()));
        found.addAll(scan(where, response.body()));
        return found;
    }

    /** Every leak any scan found so far. */
    List<Leak> leaks() {
        synchronized (leaks) {
            return List.copyOf(leaks);
        }
    }

    long scanned() {
        return scanned.get();
    }

    private static Set<String> variants(String text) {
        Set<String> variants = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        variants.add(lower);
        String unescaped = htmlUnescape(jsonUnescape(lower));
        variants.add(unescaped);
        variants.add(percentDecode(unescaped));
        return variants;
    }

    private static String htmlUnescape(String s) {
        String out = s;
        for (Map.Entry<String, String> e : NAMED_ENTITIES.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        Matcher m = NUMERIC_ENTITY.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int code;
            try {
                code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException e) {
                continue;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(sb);
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String jsonUnescape(String s) {
        Matcher m = JSON_ESCAPE.matcher(s.replace("\\/", "/"));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Decodes ASCII percent-escapes only: canary strings are ASCII, and stray '%' must not stop decoding. */
    private static String percentDecode(String s) {
        Matcher m = PERCENT.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), at + length + 60);
        return text.substring(from, to).replaceAll("\\s+", " ");
    }
}

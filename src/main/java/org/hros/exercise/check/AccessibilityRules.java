package org.hros.exercise.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Accessibility rules checked on the parsed page, the ones a screen-reader user meets first on a careers page:
 * images without a text alternative, form fields without a label, skipped heading levels, links and buttons without
 * a name, link text that means nothing out of context, and a page without a language. The language rule applies
 * only when the text has its own {@code <html>} element: a fragment inherits the language of the page it is put in.
 */
public final class AccessibilityRules {

    static final String CHECK = "accessibility";
    static final Set<String> VAGUE_LINK_TEXT =
            Set.of("click here", "here", "read more", "more", "click", "link", "this link", "learn more");
    private static final Pattern HTML_TAG = Pattern.compile("<html[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNLABELLED_INPUT_TYPES = Set.of("hidden", "submit", "button", "reset", "image");

    public List<Finding> check(String html) {
        Document doc = parse(html);
        List<Finding> findings = new ArrayList<>();
        if (HTML_TAG.matcher(html).find()
                && doc.selectFirst("html").attr("lang").isBlank()) {
            findings.add(at(Finding.blocking(CHECK, "exercise.a11y.lang"), doc.selectFirst("html")));
        }
        for (Element img : doc.select("img:not([alt])")) {
            findings.add(at(Finding.blocking(CHECK, "exercise.a11y.imgAlt", img.attr("src")), img));
        }
        for (Element field : doc.select("input, select, textarea")) {
            String type = field.attr("type").toLowerCase(Locale.ROOT);
            if (!UNLABELLED_INPUT_TYPES.contains(type) && !labelled(doc, field)) {
                findings.add(at(Finding.blocking(CHECK, "exercise.a11y.label", describe(field)), field));
            }
        }
        int previous = 0;
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                findings.add(at(
                        Finding.blocking(
                                CHECK,
                                "exercise.a11y.headingSkipped",
                                "h" + level,
                                previous == 0 ? "–" : "h" + previous),
                        heading));
            }
            previous = level;
        }
        for (Element link : doc.select("a[href]")) {
            String text = accessibleText(link);
            if (text.isEmpty()) {
                findings.add(at(Finding.blocking(CHECK, "exercise.a11y.emptyLink", link.attr("href")), link));
            } else if (VAGUE_LINK_TEXT.contains(normalise(text))) {
                findings.add(at(Finding.blocking(CHECK, "exercise.a11y.vagueLink", text), link));
            }
        }
        for (Element button : doc.select("button")) {
            if (accessibleText(button).isEmpty()) {
                findings.add(at(Finding.blocking(CHECK, "exercise.a11y.emptyButton"), button));
            }
        }
        for (Element focusable : doc.select("[tabindex]")) {
            if (focusable.attr("tabindex").strip().matches("[1-9]\\d*")) {
                findings.add(at(Finding.advice(CHECK, "exercise.a11y.tabindex", focusable.tagName()), focusable));
            }
        }
        return findings;
    }

    static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return parser.parseInput(html, "");
    }

    private static boolean labelled(Document doc, Element field) {
        if (!field.attr("aria-label").isBlank()
                || !field.attr("aria-labelledby").isBlank()) {
            return true;
        }
        if (field.closest("label") != null) {
            return true;
        }
        String id = field.id();
        return !id.isBlank()
                && doc.select("label[for]").stream()
                        .anyMatch(l -> l.attr("for").equals(id) && !l.text().isBlank());
    }

    private static String accessibleText(Element element) {
        if (!element.attr("aria-label").isBlank()) {
            return element.attr("aria-label").strip();
        }
        StringBuilder text = new StringBuilder(element.text());
        for (Element img : element.select("img[alt]")) {
            text.append(' ').append(img.attr("alt"));
        }
        return text.toString().strip();
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\s]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String describe(Element field) {
        String name = field.attr("name").isBlank() ? field.id() : field.attr("name");
        return field.tagName() + (name.isBlank() ? "" : " “" + name + "”");
    }

    private static Finding at(Finding finding, Element element) {
        var start = element.sourceRange().start();
        return start.isTracked() ? finding.at(start.lineNumber(), start.columnNumber()) : finding;
    }
}

package org.hros.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core (src/test/resources/axe, MPL-2.0) in the page in front of a {@link Browser} and reports every
 * violation of every impact, minor ones included: the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA and axe's
 * best practices (one main landmark, unique landmark names, headings in order, scrollable regions that a keyboard
 * can reach). Only rules axe itself calls experimental are left out. The script is injected by WebDriver, so the
 * page's Content-Security-Policy does not stand in the way and the application ships nothing for it.
 */
public final class Axe {

    /** The rules that go with WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
    static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice");

    private static final String SOURCE = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(results => done(results.violations.map(v => ({
                    rule: v.id,
                    impact: v.impact,
                    help: v.help,
                    targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')),
                    count: v.nodes.length}))))
                .catch(error => done([{rule: 'axe-error', impact: 'critical', help: String(error), targets: [],
                    count: 0}]));
            """;

    private Axe() {}

    /** The violations on the current page, one line each: rule, impact, what to do, where (first five). */
    public static List<String> violations(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(SOURCE);
        }
        Object result = browser.asyncScript(RUN, TAGS);
        List<String> lines = new ArrayList<>();
        for (Object item : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) item;
            lines.add(v.get("rule") + " (" + v.get("impact") + ", " + v.get("count") + "×): " + v.get("help") + " at "
                    + v.get("targets"));
        }
        return lines;
    }

    /**
     * The violations on the current page at a desktop width (1366×900) and a phone's (390×844), each line prefixed
     * with the width; the window is given back its size.
     */
    public static List<String> violationsAtBothWidths(Browser browser) {
        org.openqa.selenium.Dimension before =
                browser.driver().manage().window().getSize();
        List<String> lines = new ArrayList<>();
        for (org.openqa.selenium.Dimension size :
                List.of(new org.openqa.selenium.Dimension(1366, 900), new org.openqa.selenium.Dimension(390, 844))) {
            browser.driver().manage().window().setSize(size);
            violations(browser).forEach(line -> lines.add(size.getWidth() + " px: " + line));
        }
        browser.driver().manage().window().setSize(before);
        return lines;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

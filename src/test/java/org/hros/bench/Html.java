package org.hros.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hros.shared.MarkdownRenderer;

/**
 * Markdown to the sanitised HTML the application stores, through its own renderer. Replies and requests are made
 * of a few thousand sentence combinations, so each distinct text is rendered once.
 */
final class Html {

    private static final int KEEP_AT_MOST = 200_000;
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private Html() {}

    static String of(String markdown) {
        String html = RENDERED.get(markdown);
        if (html == null) {
            html = MarkdownRenderer.toSafeHtml(markdown);
            if (RENDERED.size() < KEEP_AT_MOST) {
                RENDERED.put(markdown, html);
            }
        }
        return html;
    }
}

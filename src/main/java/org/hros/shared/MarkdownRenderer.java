package org.hros.shared;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns member-written Markdown into HTML that is safe to store and serve. CommonMark alone passes raw
 * {@code <script>} and {@code javascript:} links through, so every rendering goes through the sanitiser
 * too. Rendering happens once, when text is saved; pages only ever print the stored result. Images are shown only
 * from HROS's own {@code /images/} addresses ({@link ImageAddress}).
 */
public final class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(false).build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "pre", "code", "hr", "br", "del", "s", "sup", "sub")
                    .allowAttributes("href")
                    .onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    // Images only from HROS's own addresses: a remote image would tell another server the address
                    // of everyone who reads the text. An <img> whose src is anything else loses its src, and an
                    // <img> without one is dropped.
                    .allowElements(MarkdownRenderer::ownImage, "img")
                    .allowAttributes("src")
                    .matching((element, attribute, value) -> ImageAddress.isOwn(value) ? value : null)
                    .onElements("img")
                    .allowAttributes("alt")
                    .matching(MarkdownRenderer::plainText)
                    .onElements("img")
                    .toFactory());

    private MarkdownRenderer() {}

    /** An image whose src survived (one of HROS's own), loaded when it scrolls into view; any other is dropped. */
    private static String ownImage(String element, List<String> attributes) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("src")) {
                attributes.add("loading");
                attributes.add("lazy");
                return element;
            }
        }
        return null;
    }

    /** Alternative text is text: kept when it is printable, as the sanitiser escapes it. */
    private static String plainText(String element, String attribute, String value) {
        return TextInput.acceptable(value) && value.length() <= 1000 ? value : null;
    }

    /** Renders Markdown to sanitised HTML; blank input gives an empty string. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return POLICY.sanitize(html).trim();
    }

    /** Plain text of rendered HTML, for excerpts and feeds. */
    public static String toPlainText(String html, int maxLength) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("<[^>]*>", " ")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#34;", "\"")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replaceAll("\\s+", " ")
                .trim();
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxLength - 1);
        return text.substring(0, cut > maxLength / 2 ? cut : maxLength - 1) + "…";
    }
}

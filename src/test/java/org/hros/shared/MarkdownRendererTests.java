package org.hros.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    @Test
    void rendersCommonMarkdown() {
        String html = MarkdownRenderer.toSafeHtml("We **doubled** the bonus.\n\n- one\n- two\n\n> quoted");
        assertThat(html).contains("<strong>doubled</strong>", "<li>one</li>", "<blockquote>");
    }

    @Test
    void removesScriptsAndScriptLinks() {
        String html = MarkdownRenderer.toSafeHtml(
                "Hi <script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>"
                        + " <a href=\"https://example.org\" onclick=\"steal()\">ok</a>");
        assertThat(html)
                .doesNotContain("<script", "javascript:", "onerror", "onclick", "<img")
                .contains("href=\"https://example.org\"");
    }

    @Test
    void linksCarryNoFollowAndNoOpener() {
        assertThat(MarkdownRenderer.toSafeHtml("[site](https://example.org)"))
                .contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void plainTextExcerptCutsOnAWord() {
        String text = MarkdownRenderer.toPlainText("<p>One <strong>two</strong> three four five</p>", 14);
        assertThat(text).isEqualTo("One two three…");
    }

    @Test
    void slugsAreAsciiAndNeverEmpty() {
        assertThat(Slugs.slugify("Tomás's référral bonus — doubled!")).isEqualTo("tomas-s-referral-bonus-doubled");
        assertThat(Slugs.slugify("!!!")).isEqualTo("case");
    }
}

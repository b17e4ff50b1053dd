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

    private static final String OWN = "/images/0123456789abcdef0123456789abcdef";

    @Test
    void keepsImagesFromHrosOwnAddressesWithTheirAltText() {
        String html =
                MarkdownRenderer.toSafeHtml("Our funnel:\n\n![Funnel from 900 applicants to 3 hires](" + OWN + ")");
        assertThat(html)
                .contains(
                        "<img src=\"" + OWN + "\"",
                        "alt=\"Funnel from 900 applicants to 3 hires\"",
                        "loading=\"lazy\"");
    }

    @Test
    void dropsRemoteImagesSoThatNoOtherServerLearnsWhoReads() {
        String html = MarkdownRenderer.toSafeHtml("![tracker](https://evil.example/pixel.gif) "
                + "![proto](//evil.example/p.png) ![data](data:image/png;base64,AAAA) "
                + "![path](/images/../login) ![query](" + OWN
                + "?who=me) ![upper](/IMAGES/0123456789ABCDEF0123456789ABCDEF) "
                + "<img src=\"https://evil.example/x.png\" alt=\"raw\"> <img alt=\"no source\">");
        assertThat(html).doesNotContain("<img", "evil.example", "data:", "?who=me");
    }

    @Test
    void rawImageTagsKeepOnlySourceAndAlt() {
        String html = MarkdownRenderer.toSafeHtml("<img src=\"" + OWN + "\" alt=\"ok\" onerror=\"alert(1)\" "
                + "style=\"position:fixed\" srcset=\"https://evil.example/a.png 2x\" title=\"t\">");
        assertThat(html)
                .contains("<img src=\"" + OWN + "\"", "alt=\"ok\"")
                .doesNotContain("onerror", "style", "srcset", "evil");
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

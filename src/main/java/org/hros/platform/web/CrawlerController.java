package org.hros.platform.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hros.platform.HrosProperties;
import org.hros.shared.PublicPages;
import org.hros.shared.PublicPages.PublicPage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read before anything else: {@code robots.txt}, which keeps them out of accounts, review,
 * administration and the API, and {@code /sitemap.xml}, which lists the pages anyone may read. The sitemap is
 * built from each module's {@link PublicPages}, so it holds only what a logged-out reader can open, dated to the
 * day.
 */
@Controller
class CrawlerController {

    /** Areas a crawler has no business in: they need a log-in, belong to editors, or are machine interfaces. */
    static final List<String> DISALLOWED = List.of(
            "/my/",
            "/profile",
            "/settings/",
            "/notifications",
            "/write",
            "/login",
            "/logout",
            "/signup",
            "/invitations",
            "/waiting",
            "/verify",
            "/password-reset",
            "/approvals/",
            "/review",
            "/admin/",
            "/actuator/",
            "/api/",
            "/circles",
            "/goals/new",
            "/requests/new",
            "/requests/invitations/",
            "/reactions/",
            "/discussion/",
            "/search");

    /** Pages that are always there: home, browsing and the request board. */
    static final List<String> ALWAYS = List.of("/", "/cases", "/cases?outcome=failure", "/requests");

    private final ObjectProvider<PublicPages> pages;
    private final String baseUrl;

    CrawlerController(ObjectProvider<PublicPages> pages, HrosProperties hrosProperties) {
        this.pages = pages;
        this.baseUrl = hrosProperties.baseUrl();
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        DISALLOWED.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
        text.append("\nSitemap: ").append(baseUrl).append("/sitemap.xml\n");
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(text.toString());
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        List<PublicPage> listed = new ArrayList<>();
        pages.orderedStream().forEach(p -> listed.addAll(p.publicPages()));
        Optional<LocalDate> newest =
                listed.stream().map(PublicPage::lastModified).max(Comparator.naturalOrder());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : ALWAYS) {
            url(xml, path, newest.orElse(null));
        }
        for (PublicPage page : listed) {
            url(xml, page.path(), page.lastModified());
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.APPLICATION_XML)
                .body(xml.toString());
    }

    private void url(StringBuilder xml, String path, LocalDate lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(baseUrl + path)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}

package org.hros.feed.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hros.platform.HrosProperties;
import org.hros.radar.RadarEditions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The Atom feed of radar editions: one entry per published quarterly edition, saying how many blips moved. An
 * edition names practices and figures only, never a case's author.
 */
@Service
public class RadarFeed {

    private static final Locale LOCALE = Locale.ENGLISH;

    private final RadarEditions editions;
    private final MessageSource messages;
    private final FeedVersions versions;
    private final String baseUrl;

    RadarFeed(RadarEditions editions, MessageSource messages, FeedVersions versions, HrosProperties hrosProperties) {
        this.editions = editions;
        this.messages = messages;
        this.versions = versions;
        this.baseUrl = hrosProperties.baseUrl();
    }

    public FeedDocument editions() {
        List<AtomWriter.Item> items = editions.newest(Feeds.SIZE).stream()
                .map(e -> new AtomWriter.Item(
                        baseUrl + e.path(),
                        t("radar.edition.heading", e.title()),
                        baseUrl + e.path(),
                        e.publishedAt(),
                        e.publishedAt(),
                        t("feed.radar.summary", e.blips(), e.movedIn(), e.movedOut(), e.added()),
                        false,
                        List.of(),
                        null,
                        null,
                        null,
                        null))
                .toList();
        AtomWriter.Head head = new AtomWriter.Head(
                baseUrl + "/radar.atom",
                t("feed.title", t("site.name"), t("feed.radar.title")),
                t("site.description"),
                baseUrl + "/radar.atom",
                baseUrl + "/radar",
                baseUrl + "/img/favicon.svg",
                t("feed.community"));
        Instant newest = items.stream()
                .map(AtomWriter.Item::updated)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        String xml = AtomWriter.xml(AtomWriter.feed(head, items, newest));
        String etag = AtomWriter.etag(xml);
        Instant since = versions.since(head.selfUrl(), etag);
        if (items.isEmpty()) {
            xml = AtomWriter.xml(AtomWriter.feed(head, items, since));
            etag = AtomWriter.etag(xml);
        }
        return new FeedDocument(xml, etag, since.isAfter(newest) ? since : newest);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, LOCALE);
    }
}

package org.hros.feed.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * When each feed's current content was first served. A feed changes for reasons that leave no timestamp behind
 * (an author making a published case more private, a named author renaming themselves, a request closing), so
 * {@code Last-Modified} is not the newest entry's time but the moment this node first rendered the content it now
 * sends: any change yields a later time, and {@code If-Modified-Since} never hides it. The entity tag comes from
 * the content itself and agrees across nodes.
 */
@Component
class FeedVersions {

    /** Feeds are a small, fixed set (all, failures, each topic, each skill, requests); this bounds the map anyway. */
    private static final int MAX_FEEDS = 256;

    private final Clock clock;
    private final Cache<String, Version> versions =
            Caffeine.newBuilder().maximumSize(MAX_FEEDS).build();

    FeedVersions(Clock clock) {
        this.clock = clock;
    }

    /** Since when the feed at {@code key} has had the content tagged {@code etag}. */
    Instant since(String key, String etag) {
        return versions.asMap()
                .compute(key, (k, current) -> {
                    if (current != null && current.etag().equals(etag)) {
                        return current;
                    }
                    Instant now = clock.instant();
                    if (current != null) {
                        // HTTP dates count whole seconds: a change within the second of the previous version must
                        // still date later than it, or If-Modified-Since would hide it.
                        Instant next =
                                current.since().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
                        now = now.isBefore(next) ? next : now;
                    }
                    return new Version(etag, now);
                })
                .since();
    }

    private record Version(String etag, Instant since) {}
}

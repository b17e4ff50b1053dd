package org.hros.feed.web;

import org.hros.feed.domain.FeedDocument;
import org.hros.feed.domain.Feeds;
import org.hros.shared.NotFoundException;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Atom feeds, public and read by feed readers. Each answers with an entity tag and a last-modified time, and
 * {@code 304 Not Modified} to a reader that already has the current document.
 */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    /**
     * Shared caches may keep a feed but must ask again each time (a cheap 304): an author who makes a published
     * case more private is obeyed everywhere at once, feeds included.
     */
    private static final CacheControl CACHE = CacheControl.noCache().cachePublic();

    private final Feeds feeds;

    FeedController(Feeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/cases.atom")
    ResponseEntity<String> allCases() {
        return atom(feeds.allCases());
    }

    @GetMapping("/cases/failures.atom")
    ResponseEntity<String> failures() {
        return atom(feeds.failures());
    }

    @GetMapping("/cases/topics/{topic}.atom")
    ResponseEntity<String> topic(@PathVariable String topic) {
        return atom(feeds.topic(
                Vocabulary.fromSlug(Topic.class, topic).orElseThrow(() -> new NotFoundException("No such topic"))));
    }

    @GetMapping("/cases/skills/{skill}.atom")
    ResponseEntity<String> skill(@PathVariable String skill) {
        return atom(feeds.skill(
                Vocabulary.fromSlug(Skill.class, skill).orElseThrow(() -> new NotFoundException("No such skill"))));
    }

    @GetMapping("/requests.atom")
    ResponseEntity<String> requests() {
        return atom(feeds.requests());
    }

    @GetMapping("/sessions.atom")
    ResponseEntity<String> sessions() {
        return atom(feeds.sessions());
    }

    /** Spring answers 304 itself when the request's If-None-Match or If-Modified-Since matches these headers. */
    static ResponseEntity<String> atom(FeedDocument feed) {
        return ResponseEntity.ok()
                .contentType(ATOM)
                .eTag(feed.etag())
                .lastModified(feed.lastModified())
                .cacheControl(CACHE)
                .body(feed.xml());
    }
}

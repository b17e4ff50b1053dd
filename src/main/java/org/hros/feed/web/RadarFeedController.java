package org.hros.feed.web;

import org.hros.feed.domain.RadarFeed;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Atom feed of radar editions, public like every feed. */
@Controller
class RadarFeedController {

    private final RadarFeed feed;

    RadarFeedController(RadarFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/radar.atom")
    ResponseEntity<String> radarEditions() {
        return FeedController.atom(feed.editions());
    }
}

package org.hros.circle.api;

import java.time.Instant;
import java.util.List;
import org.hros.circle.CircleRole;
import org.hros.circle.domain.CircleViews;

/** The JSON shapes of the circle API. Under the Chatham House rule a post's {@code author} is {@code null}. */
final class CircleJson {

    private CircleJson() {}

    record Summary(long id, String name, String purpose, CircleRole role, long members, int sizeLimit) {

        static Summary of(CircleViews.CircleSummary s) {
            return new Summary(s.id(), s.name(), s.purpose(), s.myRole(), s.members(), s.sizeLimit());
        }
    }

    record Detail(
            long id,
            String name,
            String purpose,
            CircleRole role,
            long members,
            int sizeLimit,
            boolean chathamHouse,
            Integer noteRetentionDays) {

        static Detail of(CircleViews.CirclePage p) {
            return new Detail(
                    p.id(),
                    p.name(),
                    p.purpose(),
                    p.myRole(),
                    p.memberCount(),
                    p.sizeLimit(),
                    p.chathamHouse(),
                    p.noteRetentionDays());
        }
    }

    record Thread(long id, String title, boolean chathamHouse, long posts, Instant lastPostAt) {

        static Thread of(CircleViews.ThreadLine t) {
            return new Thread(t.id(), t.title(), t.chathamHouse(), t.posts(), t.lastPostAt());
        }
    }

    record ThreadDetail(long id, String title, boolean chathamHouse, List<Post> posts) {

        static ThreadDetail of(CircleViews.ThreadPage t) {
            return new ThreadDetail(
                    t.id(),
                    t.title(),
                    t.chathamHouse(),
                    t.posts().stream().map(Post::of).toList());
        }
    }

    record Author(String name, String handle) {}

    record Post(long id, Author author, String html, Instant createdAt) {

        static Post of(CircleViews.PostView p) {
            return new Post(
                    p.id(),
                    p.anonymous() ? null : new Author(p.authorName(), p.authorHandle()),
                    p.html(),
                    p.createdAt());
        }
    }

    record Page<T>(List<T> items, int page, int size, long total, int pages) {}

    record NewThread(String title, String body, Boolean chathamHouse) {}

    record NewPost(String body) {}

    record NewCheckIn(String text) {}

    record Created(long id) {}
}

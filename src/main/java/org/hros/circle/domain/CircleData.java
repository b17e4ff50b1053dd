package org.hros.circle.domain;

import java.time.Instant;
import java.util.List;
import org.hros.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's circles and their own posts in them, for their data export. Other members' posts, and who else is in a
 * circle, stay in the circle. Clinic posts already deleted past a circle's retention are gone for good.
 */
@Component
@Order(60)
class CircleData implements PersonalData {

    private final JdbcClient jdbc;

    CircleData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FileNote> files() {
        return List.of(new FileNote("circles.json", "export.file.circles"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long memberId, Archive archive) {
        List<MyCircle> circles = jdbc.sql("select c.name, m.role, m.joined_at from circle_member m"
                        + " join circle c on c.id = m.circle_id where m.member_id = ? order by m.joined_at")
                .param(memberId)
                .query((rs, i) -> new MyCircle(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
        List<MyPost> posts = jdbc.sql("select c.name, t.kind, t.title, t.author_id = p.author_id as opened,"
                        + " p.body_html, p.created_at from circle_post p join circle_thread t on t.id = p.thread_id"
                        + " join circle c on c.id = t.circle_id where p.author_id = ? order by p.created_at")
                .param(memberId)
                .query((rs, i) -> new MyPost(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBoolean(4) ? rs.getString(3) : null,
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
        archive.json("circles.json", new Circles(circles, posts));
    }

    record MyCircle(String name, String role, Instant joinedAt) {}

    /**
     * @param threadTitle the clinic thread's title when the member opened it; another member's title is theirs
     * @param html the post as it was shown, as stored
     */
    record MyPost(String circle, String threadKind, String threadTitle, String html, Instant postedAt) {}

    record Circles(List<MyCircle> memberOf, List<MyPost> posts) {}
}

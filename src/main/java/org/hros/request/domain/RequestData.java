package org.hros.request.domain;

import java.time.Instant;
import java.util.List;
import org.hros.shared.PersonalData;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's part of the community agenda, for their data export: the requests they opened, their votes, the
 * requests they follow and the experience they offered. Whoever else voted or offered is never named.
 */
@Component
@Order(30)
class RequestData implements PersonalData {

    private final JdbcClient jdbc;

    RequestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FileNote> files() {
        return List.of(
                new FileNote("requests/requests.json", "export.file.requests"),
                new FileNote("requests/{id}.md", "export.file.requestText"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long memberId, Archive archive) {
        List<MyRequest> opened = jdbc.sql("select id, slug, title, description_markdown, topics, skills, status,"
                        + " close_reason, created_at, updated_at from request where author_id = ? order by created_at")
                .param(memberId)
                .query((rs, i) -> new MyRequest(
                        rs.getLong("id"),
                        rs.getString("title"),
                        RequestPaths.of(rs.getLong("id"), rs.getString("slug")),
                        rs.getString("description_markdown"),
                        Vocabulary.slugs(Vocabulary.parseAll(Topic.class, rs.getString("topics"))),
                        Vocabulary.slugs(Vocabulary.parseAll(Skill.class, rs.getString("skills"))),
                        rs.getString("status"),
                        rs.getString("close_reason"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        List<Acted> votes = acted("request_vote", memberId);
        List<Acted> follows = acted("request_follow", memberId);
        List<MyOffer> offers = jdbc.sql("select r.title, r.id, r.slug, o.kind, o.note, o.created_at, o.invited_at,"
                        + " o.accepted_at from request_offer o join request r on r.id = o.request_id"
                        + " where o.member_id = ? order by o.created_at")
                .param(memberId)
                .query((rs, i) -> new MyOffer(
                        rs.getString("title"),
                        RequestPaths.of(rs.getLong("id"), rs.getString("slug")),
                        rs.getString("kind"),
                        rs.getString("note"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("invited_at")),
                        instant(rs.getTimestamp("accepted_at"))))
                .list();
        archive.json("requests/requests.json", new Agenda(opened, votes, follows, offers));
        for (MyRequest r : opened) {
            archive.markdown(
                    "requests/" + r.id() + ".md",
                    "# " + r.title() + "\n\n" + r.markdown().strip() + "\n");
        }
    }

    private List<Acted> acted(String table, long memberId) {
        return jdbc.sql("select r.title, r.id, r.slug, x.created_at from " + table
                        + " x join request r on r.id = x.request_id where x.member_id = ? order by x.created_at")
                .param(memberId)
                .query((rs, i) -> new Acted(
                        rs.getString("title"),
                        RequestPaths.of(rs.getLong("id"), rs.getString("slug")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    record MyRequest(
            long id,
            String title,
            String path,
            String markdown,
            List<String> topics,
            List<String> skills,
            String status,
            String closeReason,
            Instant openedAt,
            Instant updatedAt) {}

    record Acted(String requestTitle, String path, Instant at) {}

    record MyOffer(
            String requestTitle,
            String path,
            String kind,
            String note,
            Instant offeredAt,
            Instant invitedAt,
            Instant acceptedAt) {}

    record Agenda(List<MyRequest> opened, List<Acted> votes, List<Acted> follows, List<MyOffer> offers) {}
}

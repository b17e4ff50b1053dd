package org.hros.practice.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.practice.CheckInReaction;
import org.hros.practice.domain.GoalViews.CommentView;
import org.hros.practice.domain.GoalViews.ResponsesView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the reactions and comments on check-ins; whether the viewer may see them is decided by the caller. */
@Component
class ResponseReads {

    private final JdbcClient jdbc;
    private final MemberDirectory directory;

    ResponseReads(JdbcClient jdbc, MemberDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The reactions and comments on these check-ins, as the viewer sees them. */
    Map<Long, ResponsesView> of(Collection<Long> checkInIds, Long viewerId) {
        if (checkInIds.isEmpty()) {
            return Map.of();
        }
        record Count(long checkInId, CheckInReaction kind, long count, boolean mine) {}
        List<Count> counts = jdbc.sql("select check_in_id, kind, count(*) as n,"
                        + " bool_or(member_id = :viewer) as mine from practice_check_in_reaction"
                        + " where check_in_id in (:ids) group by check_in_id, kind")
                .param("ids", checkInIds)
                .param("viewer", viewerId == null ? -1L : viewerId)
                .query((rs, n) -> new Count(
                        rs.getLong("check_in_id"),
                        CheckInReaction.valueOf(rs.getString("kind")),
                        rs.getLong("n"),
                        rs.getBoolean("mine")))
                .list();
        Map<Long, List<CommentView>> comments = comments(checkInIds, viewerId);
        Map<Long, ResponsesView> result = new HashMap<>();
        for (long id : checkInIds) {
            long cheers = 0;
            long useful = 0;
            Set<CheckInReaction> mine = new HashSet<>();
            for (Count c : counts) {
                if (c.checkInId() != id) {
                    continue;
                }
                if (c.kind() == CheckInReaction.CHEER) {
                    cheers = c.count();
                } else {
                    useful = c.count();
                }
                if (c.mine()) {
                    mine.add(c.kind());
                }
            }
            result.put(
                    id,
                    new ResponsesView(
                            cheers,
                            useful,
                            mine.contains(CheckInReaction.CHEER),
                            mine.contains(CheckInReaction.USEFUL),
                            comments.getOrDefault(id, List.of())));
        }
        return result;
    }

    Map<Long, List<CommentView>> comments(Collection<Long> checkInIds, Long viewerId) {
        record Row(long id, long checkInId, long authorId, String markdown, String html, Instant at, boolean edited) {}
        List<Row> rows = jdbc.sql("select id, check_in_id, author_id, markdown, body_html, created_at, edited_at"
                        + " from practice_check_in_comment where check_in_id in (:ids) order by created_at, id")
                .param("ids", checkInIds)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("check_in_id"),
                        rs.getLong("author_id"),
                        rs.getString("markdown"),
                        rs.getString("body_html"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getObject("edited_at") != null))
                .list();
        Map<Long, MemberCard> cards = rows.isEmpty()
                ? Map.of()
                : directory.cards(rows.stream().map(Row::authorId).distinct().toList());
        Map<Long, List<CommentView>> result = new HashMap<>();
        for (Row row : rows) {
            MemberCard writer = cards.get(row.authorId());
            if (writer == null) {
                continue;
            }
            result.computeIfAbsent(row.checkInId(), k -> new ArrayList<>())
                    .add(new CommentView(
                            row.id(),
                            writer,
                            row.markdown(),
                            row.html(),
                            row.at(),
                            row.edited(),
                            viewerId != null && viewerId == row.authorId()));
        }
        return result;
    }
}

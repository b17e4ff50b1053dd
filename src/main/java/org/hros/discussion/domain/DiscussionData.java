package org.hros.discussion.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hros.shared.PersonalData;
import org.hros.shared.SubjectInfo;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's replies, reactions, bookmarks and followed threads, for their data export. A reply is exported as the
 * member's own text under the title of the case or request it was posted on: never whom it answered, and a reaction
 * to somebody's reply names the thread, not the reply's author.
 */
@Component
@Order(40)
class DiscussionData implements PersonalData {

    private final JdbcClient jdbc;
    private final Subjects subjects;

    DiscussionData(JdbcClient jdbc, Subjects subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
    }

    @Override
    public List<FileNote> files() {
        return List.of(
                new FileNote("replies.json", "export.file.replies"),
                new FileNote("reactions.json", "export.file.reactions"));
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long memberId, Archive archive) {
        List<MyReply> replies = jdbc.sql("select id, subject_type, subject_id, parent_id is not null as answer,"
                        + " body_markdown, created_at, edited_at, removed_at, hidden_at from reply"
                        + " where author_id = ? order by created_at, id")
                .param(memberId)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    Optional<SubjectInfo> subject = subjects.find(new SubjectRef(
                            SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("subject_id")));
                    return new MyReply(
                            id,
                            rs.getString("subject_type"),
                            subject.map(SubjectInfo::title).orElse(null),
                            subject.map(s -> s.path() + "#reply-" + id).orElse(null),
                            rs.getBoolean("answer"),
                            rs.getString("body_markdown"),
                            instant(rs.getTimestamp("created_at")),
                            instant(rs.getTimestamp("edited_at")),
                            instant(rs.getTimestamp("removed_at")),
                            instant(rs.getTimestamp("hidden_at")),
                            earlierVersions(id));
                })
                .list();
        archive.json("replies.json", replies);

        List<MyReaction> reactions = jdbc.sql("select r.subject_type, r.subject_id, r.kind, r.created_at,"
                        + " p.subject_type as thread_type, p.subject_id as thread_id from reaction r"
                        + " left join reply p on r.subject_type = 'REPLY' and p.id = r.subject_id"
                        + " where r.member_id = ? order by r.created_at")
                .param(memberId)
                .query((rs, i) -> {
                    boolean onReply = "REPLY".equals(rs.getString("subject_type"));
                    Optional<SubjectInfo> subject = onReply && rs.getString("thread_type") == null
                            ? Optional.empty()
                            : subjects.find(
                                    onReply
                                            ? new SubjectRef(
                                                    SubjectType.valueOf(rs.getString("thread_type")),
                                                    rs.getLong("thread_id"))
                                            : new SubjectRef(
                                                    SubjectType.valueOf(rs.getString("subject_type")),
                                                    rs.getLong("subject_id")));
                    long subjectId = rs.getLong("subject_id");
                    return new MyReaction(
                            rs.getString("kind"),
                            rs.getString("subject_type"),
                            subject.map(SubjectInfo::title).orElse(null),
                            subject.map(s -> onReply ? s.path() + "#reply-" + subjectId : s.path())
                                    .orElse(null),
                            instant(rs.getTimestamp("created_at")));
                })
                .list();
        List<MyFollow> follows = jdbc.sql("select subject_type, subject_id, muted, updated_at from thread_follow"
                        + " where member_id = ? order by updated_at")
                .param(memberId)
                .query((rs, i) -> {
                    Optional<SubjectInfo> subject = subjects.find(new SubjectRef(
                            SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("subject_id")));
                    return new MyFollow(
                            rs.getString("subject_type"),
                            subject.map(SubjectInfo::title).orElse(null),
                            subject.map(SubjectInfo::path).orElse(null),
                            rs.getBoolean("muted"),
                            instant(rs.getTimestamp("updated_at")));
                })
                .list();
        archive.json("reactions.json", new Reactions(reactions, follows));
    }

    private List<EarlierVersion> earlierVersions(long replyId) {
        return jdbc.sql("select body_markdown, written_at, replaced_at from reply_revision where reply_id = ?"
                        + " order by id")
                .param(replyId)
                .query((rs, i) ->
                        new EarlierVersion(rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
                .list();
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * @param subjectTitle the case's or request's title; {@code null} when it is no longer public
     * @param answer whether it answered another reply (whose, is left out)
     */
    record MyReply(
            long id,
            String on,
            String subjectTitle,
            String path,
            boolean answer,
            String markdown,
            Instant postedAt,
            Instant editedAt,
            Instant removedAt,
            Instant hiddenByModeratorsAt,
            List<EarlierVersion> earlierVersions) {}

    record EarlierVersion(String markdown, Instant writtenAt, Instant replacedAt) {}

    /** @param on what was reacted to: a case, a request or a reply (then the title is its thread's) */
    record MyReaction(String kind, String on, String subjectTitle, String path, Instant at) {}

    record MyFollow(String on, String subjectTitle, String path, boolean muted, Instant since) {}

    record Reactions(List<MyReaction> reactions, List<MyFollow> followedThreads) {}
}

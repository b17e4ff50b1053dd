package org.hros.notification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.discussion.Discussions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a notice as its reader sees them now. Most notices keep the text they were made with; a notice
 * about a reply is put together when it is read or mailed, naming the reply's author as the discussion shows them
 * at that moment. A case its author makes anonymous after a notice was made thus takes the name back from that
 * notice too: the name was never stored with it.
 */
@Component
class NoticeTexts {

    /** The columns {@link #stored} needs, for a query on {@code notice} aliased {@code n}. */
    static final String COLUMNS = "n.text, n.reply_id, n.text_key, n.text_arg";

    private final Discussions discussions;
    private final MessageSource messages;

    NoticeTexts(Discussions discussions, MessageSource messages) {
        this.discussions = discussions;
        this.messages = messages;
    }

    /** What the current row keeps of its notice's words. */
    Stored stored(ResultSet rs) throws SQLException {
        String key = rs.getString("text_key");
        long replyId = rs.getLong("reply_id");
        boolean aboutReply = key != null && !rs.wasNull();
        return new Stored(rs.getString("text"), aboutReply ? replyId : null, key, rs.getString("text_arg"));
    }

    /** The texts of these notices as they read now, in their order, asking for all their replies' authors at once. */
    List<String> read(List<Stored> notices) {
        List<Long> replyIds = notices.stream()
                .map(Stored::replyId)
                .filter(id -> id != null)
                .distinct()
                .toList();
        Map<Long, String> authors = replyIds.isEmpty() ? Map.of() : discussions.replyAuthorsShownAs(replyIds);
        String someone = messages.getMessage("notice.someone", null, Locale.ENGLISH);
        return notices.stream()
                .map(n -> n.replyId() == null
                        ? n.text()
                        : messages.getMessage(
                                n.key(),
                                new Object[] {authors.getOrDefault(n.replyId(), someone), n.arg()},
                                Locale.ENGLISH))
                .toList();
    }

    /** A notice's words as stored: the final text, or a message key worded with the reply's author when read. */
    record Stored(String text, Long replyId, String key, String arg) {}
}

package org.hros.notification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
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

    /** The columns {@link #read} needs, for a query on {@code notice} aliased {@code n}. */
    static final String COLUMNS = "n.text, n.reply_id, n.text_key, n.text_arg";

    private final Discussions discussions;
    private final MessageSource messages;

    NoticeTexts(Discussions discussions, MessageSource messages) {
        this.discussions = discussions;
        this.messages = messages;
    }

    /** The text of the notice in the current row, as it reads now. */
    String read(ResultSet rs) throws SQLException {
        String key = rs.getString("text_key");
        long replyId = rs.getLong("reply_id");
        if (key == null || rs.wasNull()) {
            return rs.getString("text");
        }
        return words(replyId, key, rs.getString("text_arg"));
    }

    /** A notice about a reply, worded now. */
    String words(long replyId, String key, String subjectTitle) {
        String who = discussions
                .replyAuthorShownAs(replyId)
                .orElseGet(() -> messages.getMessage("notice.someone", null, Locale.ENGLISH));
        return messages.getMessage(key, new Object[] {who, subjectTitle}, Locale.ENGLISH);
    }
}

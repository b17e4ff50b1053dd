package org.hros.notification.domain;

import java.util.List;
import java.util.Locale;
import org.hros.notification.NoticeCategory;
import org.hros.practice.CheckInCommented;
import org.hros.practice.CheckInReacted;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a goal's owner that someone cheered a check-in, found it useful or commented on it. A reaction is keyed by
 * who gave it, so taking it back and giving it again tells the owner once; the notice never carries a comment's
 * text, only who wrote it (as the goal's page shows them) and the goal's title, which its owner chose.
 */
@Component
class CheckInNotices {

    private static final String SOMEONE = "notice.someone";

    private final Notices notices;
    private final MessageSource messages;

    CheckInNotices(Notices notices, MessageSource messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(CheckInReacted event) {
        String key = "notice.checkIn." + (event.reaction().name().equals("CHEER") ? "cheer" : "useful");
        notices.deliver(List.of(new NoticeDraft(
                NoticeCategory.CHECK_IN_RESPONSES,
                event.ownerId(),
                "CHECK_IN_RESPONSES:" + event.reaction().name() + ":" + event.checkInId() + ":" + event.reactorId(),
                t(key, who(event.reactorShownAs()), event.goalTitle()),
                event.path())));
    }

    @ApplicationModuleListener
    void on(CheckInCommented event) {
        notices.deliver(List.of(new NoticeDraft(
                NoticeCategory.CHECK_IN_RESPONSES,
                event.ownerId(),
                "CHECK_IN_RESPONSES:comment:" + event.commentId() + ":" + event.ownerId(),
                t("notice.checkIn.comment", who(event.writerShownAs()), event.goalTitle()),
                event.path())));
    }

    private String who(String shownAs) {
        return shownAs == null ? t(SOMEONE) : shownAs;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}

package org.hros.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hros.circle.CirclePostAdded;
import org.hros.circle.CircleThreadOpened;
import org.hros.notification.NoticeCategory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notices about circles: a new clinic thread for the circle's other members, a reply for the thread's opener and
 * for those who posted in it. The words name the circle and, unless the thread is under the Chatham House rule,
 * the writer as the circle shows them; never the thread's title or anything written in it, so a mail carries
 * nothing of a circle's content. Each notice keeps its circle, and is made, listed and mailed only while its
 * recipient is a member ({@link CircleScope}).
 */
@Component
class CircleNotices {

    private final Notices notices;
    private final MessageSource messages;

    CircleNotices(Notices notices, MessageSource messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(CircleThreadOpened event) {
        String text = event.writerShownAs() == null
                ? t("notice.circle.thread.unnamed", event.circleName())
                : t("notice.circle.thread", event.writerShownAs(), event.circleName());
        notices.deliver(event.audience().stream()
                .sorted()
                .map(id -> NoticeDraft.inCircle(
                        NoticeCategory.CIRCLE_THREADS,
                        id,
                        "CIRCLE_THREADS:" + event.threadId() + ":" + id,
                        text,
                        event.path(),
                        event.circleId()))
                .toList());
    }

    /** The opener hears of it as a reply to their own thread; the others who posted in it as a reply they follow. */
    @ApplicationModuleListener
    void on(CirclePostAdded event) {
        List<NoticeDraft> drafts = new ArrayList<>();
        if (event.threadAuthor() != null) {
            drafts.add(draft(NoticeCategory.THREAD_REPLIES, event.threadAuthor(), event, "notice.circle.reply.mine"));
        }
        event.participants().stream()
                .sorted()
                .filter(id -> !id.equals(event.threadAuthor()))
                .forEach(id -> drafts.add(draft(NoticeCategory.CIRCLE_REPLIES, id, event, "notice.circle.reply")));
        notices.deliver(drafts);
    }

    private NoticeDraft draft(NoticeCategory category, long recipientId, CirclePostAdded event, String key) {
        String text = event.writerShownAs() == null
                ? t(key + ".unnamed", event.circleName())
                : t(key, event.writerShownAs(), event.circleName());
        return NoticeDraft.inCircle(
                category,
                recipientId,
                category.name() + ":" + event.postId() + ":" + recipientId,
                text,
                event.path(),
                event.circleId());
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}

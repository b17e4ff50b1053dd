package org.hros.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;
import org.hros.shared.PageView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A member's notices: made from events (once each), listed, counted and marked read. */
@Service
public class Notices {

    private final JdbcClient jdbc;
    private final NoticePreferences preferences;
    private final NoticeOutbox outbox;
    private final NoticeMailSender sender;
    private final NoticeTexts texts;
    private final CircleScope circles;
    private final Clock clock;

    Notices(
            JdbcClient jdbc,
            NoticePreferences preferences,
            NoticeOutbox outbox,
            NoticeMailSender sender,
            NoticeTexts texts,
            CircleScope circles,
            Clock clock) {
        this.jdbc = jdbc;
        this.circles = circles;
        this.texts = texts;
        this.preferences = preferences;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Makes each notice its recipient wants, with its e-mail if they chose one, all in the caller's transaction.
     * A draft whose dedupe key already has a notice (the same event delivered again) makes nothing, so neither
     * notice nor mail is ever made twice. Unknown members (an account gone since the event) are skipped.
     */
    @Transactional
    void deliver(List<NoticeDraft> drafts) {
        deliverCounting(drafts);
    }

    /** As {@link #deliver}, returning how many notices were new. */
    @Transactional
    int deliverCounting(List<NoticeDraft> drafts) {
        Instant now = clock.instant();
        boolean wake = false;
        int count = 0;
        for (NoticeDraft draft : drafts) {
            NoticeDelivery delivery = preferences.of(draft.recipientId(), draft.category());
            if (!delivery.inApp()) {
                continue;
            }
            if (draft.circleId() != null && !circles.isMember(draft.circleId(), draft.recipientId())) {
                // Left the circle between the event and now.
                continue;
            }
            NoticeDraft.ReplyWords words = draft.reply();
            Optional<Long> made = jdbc.sql("insert into notice (recipient_id, category, text, link, created_at,"
                            + " dedupe_key, reply_id, text_key, text_arg, circle_id) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                            + " where exists (select 1 from member where id = ?)"
                            + " on conflict (dedupe_key) do nothing returning id")
                    .params(
                            draft.recipientId(),
                            draft.category().name(),
                            draft.text(),
                            draft.link(),
                            Times.sql(now),
                            draft.dedupeKey(),
                            words == null ? null : words.replyId(),
                            words == null ? null : words.key(),
                            words == null ? null : words.subjectTitle(),
                            draft.circleId(),
                            draft.recipientId())
                    .query(Long.class)
                    .optional();
            if (made.isPresent()) {
                count++;
            }
            if (made.isPresent() && delivery.byEmail()) {
                wake |= outbox.enqueue(made.get(), draft.recipientId(), draft.category(), delivery, now);
            }
        }
        if (wake && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.wake();
                }
            });
        }
        return count;
    }

    @Transactional(readOnly = true)
    public PageView<NoticeView> page(long memberId, int page, int size) {
        String visible = circles.visibleTo(memberId);
        long total = jdbc.sql("select count(*) from notice n where n.recipient_id = ? and " + visible)
                .param(memberId)
                .query(Long.class)
                .single();
        record Row(long id, NoticeCategory category, NoticeTexts.Stored text, String link, Instant at, boolean read) {}
        List<Row> rows = jdbc.sql("select n.id, n.category, " + NoticeTexts.COLUMNS
                        + ", n.link, n.created_at, n.read_at from notice n"
                        + " where n.recipient_id = ? and " + visible
                        + " order by n.created_at desc, n.id desc limit ? offset ?")
                .params(memberId, size, (long) (page - 1) * size)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        NoticeCategory.valueOf(rs.getString("category")),
                        texts.stored(rs),
                        rs.getString("link"),
                        Times.read(rs, "created_at"),
                        rs.getObject("read_at") != null))
                .list();
        List<String> words = texts.read(rows.stream().map(Row::text).toList());
        List<NoticeView> items = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            items.add(new NoticeView(row.id(), row.category(), words.get(i), row.link(), row.at(), row.read()));
        }
        return new PageView<>(items, page, size, total);
    }

    @Transactional(readOnly = true)
    public long unreadCount(long memberId) {
        return jdbc.sql("select count(*) from notice n where n.recipient_id = ? and n.read_at is null and "
                        + circles.visibleTo(memberId))
                .param(memberId)
                .query(Long.class)
                .single();
    }

    /** Marks the member's notice read and gives its link; empty if it is not theirs. */
    @Transactional
    public Optional<String> open(long memberId, long noticeId) {
        jdbc.sql("update notice set read_at = ? where id = ? and recipient_id = ? and read_at is null")
                .params(Times.sql(clock.instant()), noticeId, memberId)
                .update();
        return jdbc.sql("select link from notice where id = ? and recipient_id = ?")
                .params(noticeId, memberId)
                .query(String.class)
                .optional();
    }

    /** Marks every unread notice of the member read; returns how many. */
    @Transactional
    public int markAllRead(long memberId) {
        return jdbc.sql("update notice set read_at = ? where recipient_id = ? and read_at is null")
                .params(Times.sql(clock.instant()), memberId)
                .update();
    }
}

package org.hros.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts notices into the e-mail outbox, in the transaction that makes them. No floods: a notice joins the mail
 * of its category that is not sent yet; a new mail is due no sooner than an hour after the previous one of that
 * category to that member. Notices chosen daily join the member's next digest.
 */
@Component
class NoticeOutbox {

    static final Duration FLOOD_GAP = Duration.ofHours(1);
    /** Namespace of the advisory locks that keep two listeners from opening two mails for one member. */
    private static final int LOCK_SPACE = 20_0401;

    private final JdbcClient jdbc;
    private final LocalTime digestAt;

    NoticeOutbox(JdbcClient jdbc, NotificationProperties notificationProperties) {
        this.jdbc = jdbc;
        this.digestAt = notificationProperties.digestAt();
    }

    /**
     * Adds a notice to the mail it belongs to, opening one if needed.
     *
     * @return whether that mail is due now (so the sender may be woken after commit)
     */
    boolean enqueue(long noticeId, long recipientId, NoticeCategory category, NoticeDelivery delivery, Instant now) {
        NoticeCategory mailCategory = delivery == NoticeDelivery.EMAIL_DAILY ? null : category;
        int slot = mailCategory == null ? 7 : mailCategory.ordinal();
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(LOCK_SPACE, (int) (recipientId * 8 + slot))
                .query((rs, n) -> 1)
                .list();
        String sameCategory = mailCategory == null ? "category is null" : "category = '" + mailCategory.name() + "'";
        // A mail the sender holds is being sent (its items are read, the mail server may be slow): the notice does
        // not wait for it, it goes into the next mail, due an hour after that one as any other.
        Optional<MailSlot> open = jdbc.sql("select id, send_after from notice_mail where recipient_id = ? and "
                        + sameCategory + " and status = 'PENDING' order by id desc limit 1 for update skip locked")
                .param(recipientId)
                .query((rs, n) -> new MailSlot(rs.getLong("id"), Times.read(rs, "send_after")))
                .optional();
        MailSlot mail = open.orElseGet(() -> open(recipientId, mailCategory, now));
        jdbc.sql("insert into notice_mail_item (mail_id, notice_id) values (?, ?) on conflict do nothing")
                .params(mail.id(), noticeId)
                .update();
        return !mail.sendAfter().isAfter(now);
    }

    private MailSlot open(long recipientId, NoticeCategory category, Instant now) {
        Instant sendAfter = category == null ? nextDigest(recipientId, now) : nextAllowed(recipientId, category, now);
        long id = jdbc.sql("insert into notice_mail (recipient_id, category, status, send_after, next_attempt_at,"
                        + " created_at) values (?, ?, 'PENDING', ?, ?, ?) returning id")
                .params(
                        recipientId,
                        category == null ? null : category.name(),
                        Times.sql(sendAfter),
                        Times.sql(sendAfter),
                        Times.sql(now))
                .query(Long.class)
                .single();
        return new MailSlot(id, sendAfter);
    }

    /** An hour after the previous mail of the category was due or, if later, sent. */
    private Instant nextAllowed(long recipientId, NoticeCategory category, Instant now) {
        Optional<Instant> previous = jdbc.sql("select max(greatest(send_after, coalesce(sent_at, send_after))) as last"
                        + " from notice_mail where recipient_id = ? and category = ?")
                .params(recipientId, category.name())
                .query((rs, n) -> Optional.ofNullable(Times.read(rs, "last")))
                .single();
        return previous.map(p -> p.plus(FLOOD_GAP)).filter(p -> p.isAfter(now)).orElse(now);
    }

    /** The next digest time of day (UTC) after now and after the previous digest. */
    private Instant nextDigest(long recipientId, Instant now) {
        ZonedDateTime today = now.atZone(ZoneOffset.UTC).with(digestAt);
        Instant next = today.toInstant().isAfter(now)
                ? today.toInstant()
                : today.plusDays(1).toInstant();
        Optional<Instant> previous = jdbc.sql("select max(send_after) as last from notice_mail where recipient_id = ?"
                        + " and category is null")
                .param(recipientId)
                .query((rs, n) -> Optional.ofNullable(Times.read(rs, "last")))
                .single();
        while (previous.isPresent() && !next.isAfter(previous.get())) {
            next = next.plus(Duration.ofDays(1));
        }
        return next;
    }

    private record MailSlot(long id, Instant sendAfter) {}
}

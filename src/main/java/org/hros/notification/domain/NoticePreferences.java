package org.hros.notification.domain;

import java.util.EnumMap;
import java.util.Map;
import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each member's choice, per category, of how to hear of notices; the category's default until they choose. */
@Service
public class NoticePreferences {

    private final JdbcClient jdbc;

    NoticePreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every category with the member's choice, in the order of {@link NoticeCategory}. */
    @Transactional(readOnly = true)
    public Map<NoticeCategory, NoticeDelivery> of(long memberId) {
        Map<NoticeCategory, NoticeDelivery> choices = new EnumMap<>(NoticeCategory.class);
        for (NoticeCategory category : NoticeCategory.values()) {
            choices.put(category, NoticeDelivery.defaultFor(category));
        }
        jdbc.sql("select category, delivery from notice_preference where member_id = ?")
                .param(memberId)
                .query((rs, n) -> {
                    choices.put(
                            NoticeCategory.valueOf(rs.getString("category")),
                            NoticeDelivery.valueOf(rs.getString("delivery")));
                    return null;
                })
                .list();
        return choices;
    }

    @Transactional(readOnly = true)
    public NoticeDelivery of(long memberId, NoticeCategory category) {
        return of(memberId).get(category);
    }

    /** Saves every category at once. */
    @Transactional
    public void save(long memberId, Map<NoticeCategory, NoticeDelivery> choices) {
        choices.forEach((category, delivery) -> set(memberId, category, delivery));
    }

    @Transactional
    public void set(long memberId, NoticeCategory category, NoticeDelivery delivery) {
        jdbc.sql("insert into notice_preference (member_id, category, delivery) select ?, ?, ?"
                        + " where exists (select 1 from member where id = ?)"
                        + " on conflict (member_id, category) do update set delivery = excluded.delivery")
                .params(memberId, category.name(), delivery.name(), memberId)
                .update();
    }

    /**
     * Stops the e-mails an unsubscribe link names: its category, or every category chosen for the daily digest.
     * The notices stay in the app.
     */
    @Transactional
    public void unsubscribe(Unsubscription what) {
        Map<NoticeCategory, NoticeDelivery> choices = of(what.memberId());
        choices.forEach((category, delivery) -> {
            boolean named = what.digest() ? delivery == NoticeDelivery.EMAIL_DAILY : category == what.category();
            if (named && delivery.byEmail()) {
                set(what.memberId(), category, NoticeDelivery.IN_APP);
            }
        });
    }
}

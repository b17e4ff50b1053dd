package org.hros.notification.web;

import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;

/** The message keys that name categories and delivery choices in templates. */
public final class NoticeLabels {

    private NoticeLabels() {}

    public static String category(NoticeCategory category) {
        return "notice.category." + category.name();
    }

    public static String hint(NoticeCategory category) {
        return "notice.category." + category.name() + ".hint";
    }

    public static String delivery(NoticeDelivery delivery) {
        return "notifications.delivery." + delivery.name();
    }
}

package org.hros.notification.domain;

import org.hros.notification.NoticeCategory;

/**
 * What one unsubscribe link stops: the e-mails of one category, or ({@code category} null) the daily digest.
 */
public record Unsubscription(long memberId, NoticeCategory category) {

    public boolean digest() {
        return category == null;
    }

    String scope() {
        return category == null ? "DIGEST" : category.name();
    }
}

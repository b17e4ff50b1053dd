package org.hros.notification.domain;

import java.time.Instant;
import org.hros.notification.NoticeCategory;

/** One notice as its recipient sees it in the list. */
public record NoticeView(long id, NoticeCategory category, String text, String link, Instant createdAt, boolean read) {}

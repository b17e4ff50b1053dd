package org.hros.discussion.domain;

import java.time.Instant;
import org.hros.shared.SubjectType;

/**
 * One of a member's bookmarks, for their own page only.
 *
 * @param title the title of the case or request, or of the one a bookmarked reply belongs to
 * @param path where it is read
 */
public record BookmarkView(SubjectType type, String title, String path, Instant bookmarkedAt) {

    public String kindKey() {
        return "bookmarks.kind." + type.name();
    }
}

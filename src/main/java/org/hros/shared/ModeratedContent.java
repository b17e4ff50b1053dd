package org.hros.shared;

import java.util.Optional;

/**
 * Implemented by each module that owns content members can flag (the library for cases, the agenda for requests, discussion for replies, circles for
 * their posts), so that moderation can
 * show it to editors, hide it and restore it without depending on that module. The author's id is for telling
 * them what happened; it is never shown to anyone.
 */
public interface ModeratedContent {

    SubjectType type();

    /** The item as editors review it, hidden or not; empty when it does not exist or was removed for good. */
    Optional<Item> find(long id);

    /**
     * Whether the member may see the item, and so flag it: everyone for public content, a circle's members for its
     * posts. To anyone else the item does not exist.
     */
    default boolean visibleTo(long id, long memberId) {
        return true;
    }

    /** Takes the item out of every page, feed, search result and API answer until it is restored. */
    void hide(long id);

    /** Shows a hidden item again, exactly as it was. */
    void restore(long id);

    /**
     * One flaggable item.
     *
     * @param title what it belongs to, e.g. the case a reply is on
     * @param text its words, as Markdown, for editors to judge
     * @param path where it is read
     * @param authorId who wrote it: only to tell them, and to stop them flagging their own words
     * @param hidden whether it is hidden now
     * @param editPath where an editor may change it, or {@code null} when editors cannot
     */
    record Item(long id, String title, String text, String path, long authorId, boolean hidden, String editPath) {

        public Item(long id, String title, String text, String path, long authorId, boolean hidden) {
            this(id, title, text, path, authorId, hidden, null);
        }
    }
}

package org.hros.shared;

import java.util.Optional;

/**
 * Implemented by each module that owns content members can flag (discussion for replies), so that moderation can
 * show it to editors, hide it and restore it without depending on that module. The author's id is for telling
 * them what happened; it is never shown to anyone.
 */
public interface ModeratedContent {

    SubjectType type();

    /** The item as editors review it, hidden or not; empty when it does not exist or was removed for good. */
    Optional<Item> find(long id);

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
     */
    record Item(long id, String title, String text, String path, long authorId, boolean hidden) {}
}

package org.hros.platform.web;

import java.util.List;

/**
 * A destructive action and what it will do, asked before it is done: a page of its own at {@code action} (GET)
 * without JavaScript, a {@code <dialog>} in the page with it. Either way the form posts to {@code action}.
 *
 * @param id the dialog's element id, unique in its page
 * @param subject what is destroyed, as the member wrote it (a title, a note)
 * @param pointKeys messages that say what will happen, one per line
 * @param buttonClass extra classes of the button that asks (for its size)
 */
public record ConfirmView(
        String id,
        String titleKey,
        String subject,
        List<String> pointKeys,
        String action,
        String submitKey,
        String cancelPath,
        String buttonClass) {}

package org.hros.member;

import java.util.List;

/**
 * One member suggested while someone types an @mention: what their profile shows anyway.
 *
 * @param handle what to type after {@code @}
 * @param name the name they chose to show
 */
public record MentionView(String handle, String name) {

    public static List<MentionView> of(List<MemberCard> cards) {
        return cards.stream()
                .map(c -> new MentionView(c.handle(), c.displayName()))
                .toList();
    }
}

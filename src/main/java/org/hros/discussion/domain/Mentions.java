package org.hros.discussion.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.member.MemberCard;

/**
 * {@code @handle} in a reply: found in the Markdown, and turned into a link to the member's profile when the
 * handle belongs to a member. An address such as {@code name@example.org} is no mention.
 */
final class Mentions {

    static final int MAX_PER_REPLY = 10;

    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}@/._\\[-])@([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,78}[a-zA-Z0-9])?)");

    private Mentions() {}

    /** The handles mentioned, lower-cased, in order, at most {@value #MAX_PER_REPLY}. */
    static Set<String> handles(String markdown) {
        Set<String> handles = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(markdown);
        while (m.find() && handles.size() < MAX_PER_REPLY) {
            handles.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return handles;
    }

    /** The Markdown with each mention of a known member turned into a link to their profile. */
    static String linked(String markdown, Map<String, MemberCard> members) {
        Matcher m = MENTION.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            MemberCard card = members.get(m.group(1).toLowerCase(Locale.ROOT));
            String replacement = card == null ? m.group() : "[@" + card.handle() + "](" + card.profilePath() + ")";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}

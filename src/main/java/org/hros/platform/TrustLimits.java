package org.hros.platform;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.shared.FieldErrorsException;

/**
 * What a member's trust level allows when they post: how many links a post may carry, whether their posts count
 * against the new members' daily allowance, and whether they may invite others. Implemented by the member module;
 * asked by every module where members write, so that none of them depends on it.
 */
public interface TrustLimits {

    /** The message key of a post refused for its links. */
    String TOO_MANY_LINKS = "trust.links.tooMany";

    /** Anything a reader could follow: a web address, with or without its scheme, or a mail link. */
    Pattern LINK = Pattern.compile("(?i)(?:https?://|ftp://|mailto:|\\bwww\\.)");

    /** How many links one post by this member may carry; {@code -1} for no limit. */
    int linksPerPost(long memberId);

    /** Whether this member's posts also count against the new members' daily allowance. */
    boolean postsLimited(long memberId);

    /** Whether this member may invite others (to a circle). */
    boolean mayInvite(long memberId);

    /**
     * Refuses text with more links than the member may post, naming the field.
     *
     * @throws FieldErrorsException with {@link #TOO_MANY_LINKS} for {@code field}
     */
    default void checkLinks(long memberId, String field, String... texts) {
        int allowed = linksPerPost(memberId);
        if (allowed < 0) {
            return;
        }
        int found = 0;
        for (String text : texts) {
            found += links(text);
        }
        if (found > allowed) {
            throw new FieldErrorsException(List.of(new FieldErrorsException.FieldError(field, TOO_MANY_LINKS)));
        }
    }

    /** How many links the text carries. */
    static int links(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            count++;
        }
        return count;
    }
}

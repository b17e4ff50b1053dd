package org.hros.discussion;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The reactions members give to cases, requests and replies. Failure is honoured with a reaction of its own. */
public enum ReactionKind {
    /** "This helped": the measure behind "most helpful". */
    HELPED("helped"),
    /** "Me too": the reader has the same problem. */
    ME_TOO("me-too"),
    /** "I failed at this too". */
    FAILED_TOO("failed-too"),
    /** Kept for later reading; private to the member, never counted in public. */
    BOOKMARK("bookmark");

    private final String slug;

    ReactionKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "reaction." + slug;
    }

    /** Whether its counts and the members who gave it are public. Bookmarks are not. */
    public boolean isPublic() {
        return this != BOOKMARK;
    }

    /** The public kinds, in the order pages show them. */
    public static List<ReactionKind> publicKinds() {
        return List.of(HELPED, ME_TOO, FAILED_TOO);
    }

    public static Optional<ReactionKind> fromSlug(String slug) {
        return Arrays.stream(values())
                .filter(k -> k.slug.equalsIgnoreCase(slug) || k.name().equalsIgnoreCase(slug))
                .findFirst();
    }
}

package org.hros.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Look-ups of members for other modules. */
public interface MemberDirectory {

    Optional<MemberCard> find(long memberId);

    Optional<PublicProfile> publicProfile(String handle);

    /**
     * Members to suggest while someone types {@code @prefix}: verified and not suspended, whose handle or a word of
     * whose name starts with the prefix (case ignored), by handle, at most {@link MentionPrefix#MAX_SUGGESTIONS}.
     *
     * @param among only these members (the members of a circle), or {@code null} for every member
     */
    List<MemberCard> mentionable(MentionPrefix prefix, Collection<Long> among);

    /** Cards for several members at once, keyed by id; unknown ids are absent. */
    Map<Long, MemberCard> cards(Collection<Long> memberIds);

    /** The address to write to about the member's own things (their cases, their account). */
    Optional<String> contactAddress(long memberId);

    /**
     * The member's own name, handle, address and company, to look for in their own writing before it is shared
     * (the company even when their profile keeps it private). Never for display.
     */
    Optional<MemberIdentity> identity(long memberId);

    /**
     * Every company members show on their profiles, distinct and non-blank. Used to spot company names in
     * drafts; never listed to anyone. Companies kept private are left out: flagging them in someone else's draft
     * would let an author probe which companies members keep private.
     */
    Set<String> companies();

    /** The ids of every verified member who may act as an editor (editors and admins) and is not suspended, e.g. to tell them of offers. */
    Set<Long> editorIds();

    /** The ids of every verified, unsuspended admin, e.g. to tell them the installation needs them. */
    Set<Long> adminIds();
}

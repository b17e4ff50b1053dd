package org.hros.platform;

/**
 * Whether a member may post (cases, replies, requests, circle posts). Asked on every request to a handler marked
 * {@link org.hros.platform.web.PostsContent}, and by pages that show a form to post.
 */
public interface PostingPermissions {

    /**
     * False while an admin has silenced the member, or while their account waits for approval: they may read but
     * not post.
     */
    boolean mayPost(long memberId);

    /** True while the member's account waits for an admin's or editor's approval, so pages say that, not "silenced". */
    default boolean awaitingApproval(long memberId) {
        return false;
    }
}

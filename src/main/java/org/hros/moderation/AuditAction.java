package org.hros.moderation;

/** What the audit log records. */
public enum AuditAction {
    /** An editor opened the review screen, which shows the real author of a case. */
    VIEWED_AUTHOR,
    /** An editor took a published case down. */
    TOOK_DOWN,
    /** An author withdrew their own published case. */
    WITHDREW,
    /** An author made a published case's attribution less private, after confirming. */
    REVEALED_ATTRIBUTION,
    /**
     * An editor opened a request's triage page showing an accepted offer, which ties the member who offered to the
     * case their draft became (possibly published without their name).
     */
    SAW_OFFER_CASE,
    /** An admin gave a member a higher role (editor, admin). */
    GRANTED_ROLE,
    /** An admin took a role from a member. */
    REVOKED_ROLE,
    /** An admin suspended a member. */
    SUSPENDED,
    /** An admin silenced a member. */
    SILENCED,
    /** An admin lifted a member's suspension or silence. */
    REINSTATED,
    /** Flags passed the threshold and the item was hidden pending review (the actor is the last flagger). */
    HIDDEN_BY_FLAGS,
    /** An editor kept a flagged item and dismissed its flags. */
    KEPT_CONTENT,
    /** An editor hid a flagged item. */
    HID_CONTENT,
    /** An editor restored a hidden item. */
    RESTORED_CONTENT,
    /** A member downloaded their own data. */
    EXPORTED_OWN_DATA,
    /** An admin registered a webhook. */
    WEBHOOK_CREATED,
    /** An admin changed a webhook's address, description or events. */
    WEBHOOK_CHANGED,
    /** An admin paused a webhook. */
    WEBHOOK_PAUSED,
    /** An admin resumed a webhook. */
    WEBHOOK_RESUMED,
    /** An admin replaced a webhook's signing secret. */
    WEBHOOK_SECRET_REGENERATED,
    /** An admin removed a webhook. */
    WEBHOOK_DELETED,
    /** An admin sent a webhook delivery again. */
    WEBHOOK_RESENT,
    /** A member logged in through their company's OpenID Connect provider (the note names it). */
    LOGGED_IN_WITH_PROVIDER,
    /** An admin changed a site setting; the note says which, from what, to what. */
    CHANGED_SETTING,
    /** An admin or editor invited someone by e-mail. */
    SENT_INVITATION,
    /** An admin or editor revoked a pending invitation. */
    REVOKED_INVITATION,
    /** Someone joined with an invitation (the actor is the new member). */
    JOINED_BY_INVITATION,
    /** An admin or editor approved an account that waited for approval. */
    APPROVED_MEMBER,
    /** An admin or editor declined an account that waited for approval. */
    DECLINED_MEMBER,
    /** An editor warned the author of a flagged item. */
    WARNED_AUTHOR,
    /** An editor silenced the author of a flagged item (the silence itself is recorded about the member too). */
    SILENCED_AUTHOR,
    /** An editor suspended the author of a flagged item (the suspension is recorded about the member too). */
    SUSPENDED_AUTHOR,
    /** An editor or admin set a member's trust level by hand. */
    SET_TRUST_LEVEL,
    /** An admin added a word to a vocabulary list (topics, skills, industries, size bands, regions). */
    VOCABULARY_ADDED,
    /** An admin changed a word's slug, label or description; the note says from what, to what. */
    VOCABULARY_CHANGED,
    /** An admin moved a word up or down its list. */
    VOCABULARY_MOVED,
    /** An admin retired a word: no longer offered for new content. */
    VOCABULARY_RETIRED,
    /** An admin offered a retired word again. */
    VOCABULARY_RESTORED,
    /** An admin merged one word into another; its content moved and its slug leads to the other. */
    VOCABULARY_MERGED;

    public String messageKey() {
        return "audit.action." + name();
    }
}

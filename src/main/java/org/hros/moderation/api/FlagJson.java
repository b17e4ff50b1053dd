package org.hros.moderation.api;

/** The flag API's bodies. */
final class FlagJson {

    private FlagJson() {}

    /**
     * A member's flag.
     *
     * @param type CASE, REQUEST, REPLY or CIRCLE_POST
     * @param reason one of the flag reasons
     * @param note a few words; required for OTHER
     */
    record NewFlag(String type, Long id, String reason, String note) {}

    /**
     * The flag was recorded.
     *
     * @param url where the item is read
     * @param hidden whether the flags now hide it pending review
     */
    record Flagged(String type, long id, String url, boolean hidden) {}
}

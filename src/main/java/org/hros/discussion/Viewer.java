package org.hros.discussion;

/**
 * The member reading a thread: their own replies can be edited and removed, and moderators (editors) may remove
 * anyone's.
 */
public record Viewer(long id, boolean moderator) {}

/**
 * Peer discussion on cases and requests: threaded replies, mentions, following, and reactions. This package is the
 * module's API; its events carry everything a listener needs, including who is to be told.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion")
package org.hros.discussion;

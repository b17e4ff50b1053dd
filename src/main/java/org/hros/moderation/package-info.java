/**
 * Trust and moderation: flags on cases, requests, replies and circle posts, weighted by the flaggers' trust levels;
 * the editors' queue and its decisions; setting a member's trust level by hand; and the audit log, which records
 * every time an editor saw who really wrote a case, every takedown and every moderation decision, and which only
 * admins can read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package org.hros.moderation;

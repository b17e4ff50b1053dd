/**
 * Trust and moderation. For now: the audit log, which records every time an editor saw who really wrote a
 * case, and every takedown, and which only admins can read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
package org.hros.moderation;

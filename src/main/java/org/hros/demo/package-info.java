/**
 * The demo community: a handful of members and some thirty sample cases, loaded on first start under the
 * {@code demo} profile so a newcomer sees a living site. Never part of the migration history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo community")
package org.hros.demo;

/**
 * Circles: small private peer groups where members bring a failure to a clinic thread and post short check-ins,
 * optionally under the Chatham House rule (posts shown without names).
 *
 * <p>Nothing from a circle leaves it. Every circle page and API path answers 404 to anyone who is not a member,
 * exactly as for a circle that does not exist; only an invitation's landing page shows a circle's name and
 * purpose, to the holder of a valid invitation. Circle content is never indexed for the public search, never
 * put in feeds, and never mailed to non-members.
 *
 * <p>This package is the module's API: {@link org.hros.circle.CircleMemberships} tells other modules who shares
 * a circle with whom, and {@link org.hros.circle.CircleSharedGoals} is implemented by the practice goals module
 * so a circle page can show its members' goals without this module depending on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Circles")
package org.hros.circle;

/**
 * Practice goals: a member sets a goal for their own practice ("Reply to every applicant within 48 hours"), links
 * the public cases or requests that inspired it, optionally measures it against a target, and checks in over
 * time. Each goal is seen by its owner only, by the members of their circles, or by everyone.
 *
 * <p>Depends on the circle module's API to know who shares a circle with whom, and implements its
 * {@link org.hros.circle.CircleSharedGoals} so circle pages can list the goals their members share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practice goals")
package org.hros.practice;

/**
 * Teams: a lead trains their team. They assign tracks with due dates, watch who is where on each, read the
 * reflections members share with the team and their exercise scores, and get a weekly summary; members get
 * reminders before due dates.
 *
 * <p>Nothing from a team leaves it. Every team page and API path answers 404 to anyone who is not a member, exactly
 * as for a team that does not exist; only an invitation's landing page shows a team's name, to the holder of a
 * valid invitation. Team data is never indexed for the public search, never put in feeds, never mailed to
 * non-members and never in the public API.
 *
 * <p>This package is the module's API. {@link org.hros.team.TeamMemberships} tells other modules which teams a
 * member belongs to. {@link org.hros.team.TeamTraining} and {@link org.hros.team.TeamExerciseScores} are
 * implemented by the modules that keep tracks and exercises, so that this module depends on neither; until they
 * are there, team pages say that training data is not available. {@link org.hros.team.TeamSamples} creates the
 * demo community's team.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams")
package org.hros.team;

/**
 * The community dashboard: how the community is doing week by week (who joined, what was submitted, published, asked
 * and answered, how quickly editors pick submissions up, how long the review queue waits, how many flags were
 * handled), as charts drawn on the server with their figures in tables and as CSV, for admins.
 *
 * <p>It keeps nothing of its own. Each figure is one grouped query in the module that owns the data, read through
 * that module's API ({@link org.hros.member.MemberFigures}, {@link org.hros.casestudy.CaseFigures},
 * {@link org.hros.request.RequestFigures}, {@link org.hros.moderation.FlagFigures}); weeks are ISO weeks in UTC
 * ({@link org.hros.shared.WeekSpan}). Figures are counts and durations only, never who.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community dashboard")
package org.hros.dashboard;

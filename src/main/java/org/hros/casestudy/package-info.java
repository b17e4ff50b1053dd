/**
 * The case library: full case studies and one-page Sparks, from draft through editor review to publication,
 * with every published revision kept.
 *
 * <p>This package is the module's API. What the public may know of a case's author is decided in one place,
 * {@link org.hros.casestudy.AttributionView}'s factory in the domain, and every reader-facing view
 * ({@link org.hros.casestudy.CaseCard}, {@link org.hros.casestudy.CaseView}) carries only that view, never
 * the author's id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case library")
package org.hros.casestudy;

/**
 * The digest: the periodic e-mail that replaces one e-mail per post. Each member chooses how often it comes
 * (weekly by default, daily, monthly or never), on which day and at which hour of their own time zone (the one on
 * their profile, from {@link org.hros.member.MemberTimeZones}). It gathers what is new for them since their previous
 * digest, section by section, in a fixed order: failure stories on their topics, skills and followed requests
 * first, then the other new cases on them, then the requests they voted on that were answered.
 *
 * <p>Sections come from {@link org.hros.digest.DigestSection} beans, so modules that know other news add theirs
 * without this module depending on them: the radar (rising topics, radar changes) and live sessions (upcoming
 * sessions). The digest never carries circle or team content and never names a case's author: items say what
 * something is about, never who wrote it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Digest")
package org.hros.digest;

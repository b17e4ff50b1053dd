/**
 * Radar and trends: the practice radar (every topic, skill and editor-curated practice placed in a ring by the
 * community's own evidence, with quarterly editions) and rising and falling topics.
 *
 * <p>Scheduled jobs read the published library and the agenda through {@link org.hros.casestudy.CaseEvidence} and
 * {@link org.hros.request.RequestEvidence} and store what they computed; pages only read those tables. Searches
 * are counted per topic and skill per day from {@link org.hros.search.TopicsSearched}, which carries no words and
 * no member. Cases on a blip's evidence page are shown as the library's cards, so a case credits its author exactly
 * as everywhere else and an anonymous author is never named. {@link org.hros.radar.RadarEditions} hands the
 * editions to the feeds.
 *
 * <p>The module adds two sections to the digest, as {@link org.hros.digest.DigestSection} beans: rising topics on the
 * reader's topics and skills, and the radar's changes on them in an edition published in the reader's period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Radar and trends")
package org.hros.radar;

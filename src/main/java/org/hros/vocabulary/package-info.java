/**
 * The community's vocabulary: the topics, skills, industries, company size bands and regions that cases, requests,
 * profiles, sessions, tracks and the radar are tagged with. Admins run the lists at {@code /admin/vocabulary}: add,
 * rename (the old slug keeps working), describe, order, retire and restore words, and merge one into another (its
 * content moves, through every module's {@link org.hros.shared.VocabularyUsage}). Readers find a topic's cases at
 * {@code /topics/{slug}}.
 *
 * <p>Other modules never depend on this one: they hold words as {@code shared} value objects ({@code Topic},
 * {@code Skill}, …) and check them through {@link org.hros.shared.Vocabulary}, whose catalogue this module installs;
 * labels reach every page and mail through the message source under each word's message key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vocabulary")
package org.hros.vocabulary;

package org.hros.search;

import java.util.Locale;
import java.util.Set;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

/**
 * A search was made that was filtered on, or whose words named, these topics and skills. It carries nothing else:
 * not the words, not who searched, not from where, so that listeners can only count.
 */
public record TopicsSearched(Set<Topic> topics, Set<Skill> skills) {

    public TopicsSearched {
        topics = topics.isEmpty() ? Set.of() : Set.copyOf(new java.util.TreeSet<>(topics));
        skills = skills.isEmpty() ? Set.of() : Set.copyOf(new java.util.TreeSet<>(skills));
    }

    /** The topics and skills a query is about: its topic and skill filters, and those its words name. */
    public static TopicsSearched of(SearchQuery query) {
        String words = " " + query.text().toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
        Set<Topic> topics = new java.util.TreeSet<>();
        for (String slug : query.filters().getOrDefault(Facet.TOPIC, Set.of())) {
            Vocabulary.fromSlug(Topic.class, slug).ifPresent(topics::add);
        }
        for (Topic topic : Topic.active()) {
            if (names(words, topic)) {
                topics.add(topic);
            }
        }
        Set<Skill> skills = new java.util.TreeSet<>();
        for (String slug : query.filters().getOrDefault(Facet.SKILL, Set.of())) {
            Vocabulary.fromSlug(Skill.class, slug).ifPresent(skills::add);
        }
        for (Skill skill : Skill.active()) {
            if (names(words, skill)) {
                skills.add(skill);
            }
        }
        return new TopicsSearched(topics, skills);
    }

    public boolean isEmpty() {
        return topics.isEmpty() && skills.isEmpty();
    }

    private static boolean names(String words, Vocabulary word) {
        return words.contains(" " + word.slug().replace('-', ' ') + " ");
    }
}

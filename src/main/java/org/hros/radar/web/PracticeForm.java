package org.hros.radar.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.radar.domain.PracticeCommand;
import org.hros.radar.domain.PracticeView;
import org.hros.shared.Quadrant;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

/** The editors' form for a practice; keywords are one text, separated by commas. */
public record PracticeForm(
        String name, String description, String quadrant, List<String> topics, List<String> skills, String keywords) {

    public PracticeForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    static PracticeForm blank() {
        return new PracticeForm("", "", "", List.of(), List.of(), "");
    }

    static PracticeForm of(PracticeView practice) {
        return new PracticeForm(
                practice.name(),
                practice.description(),
                practice.quadrant().name(),
                Vocabulary.slugs(practice.topics()),
                Vocabulary.slugs(practice.skills()),
                String.join(", ", practice.keywords()));
    }

    /** Unknown quadrants, topics and skills are dropped here and reported by the checks as missing. */
    PracticeCommand command() {
        Quadrant q = Arrays.stream(Quadrant.values())
                .filter(v -> v.name().equals(quadrant))
                .findFirst()
                .orElse(null);
        Set<Topic> t = topics.stream()
                .map(s -> Vocabulary.fromSlug(Topic.class, s).orElse(null))
                .filter(v -> v != null)
                .collect(Collectors.toSet());
        Set<Skill> s = skills.stream()
                .map(v -> Vocabulary.fromSlug(Skill.class, v).orElse(null))
                .filter(v -> v != null)
                .collect(Collectors.toSet());
        List<String> k = keywords == null ? List.of() : Arrays.asList(keywords.split(","));
        return new PracticeCommand(name, description, q, t, s, k);
    }

    /** The words the form holds, which it offers again even if they were retired since. */
    public List<Topic> topicWords() {
        return topics.stream()
                .flatMap(s -> Vocabulary.fromSlug(Topic.class, s).stream())
                .toList();
    }

    public List<Skill> skillWords() {
        return skills.stream()
                .flatMap(s -> Vocabulary.fromSlug(Skill.class, s).stream())
                .toList();
    }

    public boolean hasTopic(Topic topic) {
        return topics.contains(topic.slug());
    }

    public boolean hasSkill(Skill skill) {
        return skills.contains(skill.slug());
    }
}

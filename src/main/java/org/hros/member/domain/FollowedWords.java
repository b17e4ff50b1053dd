package org.hros.member.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.FieldErrorsException.FieldError;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;

/**
 * The topics and skills a member follows, as the profile and the welcome save them: a retired word the member
 * already followed stays, a retired word newly chosen is refused under its field.
 */
final class FollowedWords {

    private FollowedWords() {}

    static void check(Member before, Set<Topic> topics, Set<Skill> skills) {
        List<FieldError> errors = new ArrayList<>();
        if (Vocabulary.addsRetired(topics, before.topics())) {
            errors.add(new FieldError("topics", "word.retired"));
        }
        if (Vocabulary.addsRetired(skills, before.skills())) {
            errors.add(new FieldError("skills", "word.retired"));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrorsException(errors);
        }
    }
}

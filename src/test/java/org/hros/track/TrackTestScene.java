package org.hros.track;

import java.util.List;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;

/** Builds published tracks for tests: an anonymous failure case, a text and an exercise. */
final class TrackTestScene {

    private TrackTestScene() {}

    static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    static long anonymousCase(
            CaseAuthoring authoring, CaseReviews reviews, Person author, Person editor, String title) {
        long id = authoring.createDraft(
                author.id(),
                TestFixtures.completeCase(
                        title, Outcome.FAILURE, Topic.of("employer-brand"), AttributionMode.ANONYMOUS));
        authoring.submit(author.id(), id);
        reviews.claim(id, editor.id());
        reviews.publish(id, editor.id());
        return id;
    }

    static TrackCommand command(String title, long caseId, String exerciseSlug) {
        return new TrackCommand(
                title,
                Skill.of("retrospectives"),
                "A test track that trains reading a failure case and practising.",
                true,
                List.of(
                        new StepCommand(
                                StepKind.CASE,
                                caseId,
                                null,
                                null,
                                null,
                                null,
                                "Read how this went wrong.",
                                "What would you have done differently?"),
                        new StepCommand(
                                StepKind.TEXT,
                                null,
                                null,
                                null,
                                "How to read it",
                                "Find the **decision**, the missed signal and the system around it.",
                                "Why this reading first.",
                                "Which signal did you miss last time?"),
                        new StepCommand(
                                StepKind.EXERCISE,
                                null,
                                null,
                                exerciseSlug,
                                "Practise it",
                                null,
                                "Practise before you do it for real.",
                                "What was hardest?")));
    }
}

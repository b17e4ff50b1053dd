package org.hros.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.Outcome;
import org.hros.discussion.domain.DiscussionService;
import org.hros.member.MemberRole;
import org.hros.request.RequestCommand;
import org.hros.request.domain.Agenda;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.StatementCounter;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search index and its result cards read replies a batch or a page at a time: what that costs in statements
 * must not grow with the replies or their subjects, or a page of twenty hits (a rebuild batch of 250) would ask for
 * each reply's case and whether its author speaks under the case's pseudonym one reply at a time.
 */
class ReplyCatalogStatementsTests extends IntegrationTestBase {

    @Autowired
    ReplyCatalog catalog;

    @Autowired
    DiscussionService discussion;

    @Autowired
    Agenda agenda;

    @Test
    void readingManyRepliesCostsWhatReadingOnePerKindOfSubjectCosts() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        List<SubjectRef> subjects = List.of(
                publish(author, editor, "Named pilot", AttributionMode.NAMED),
                publish(author, editor, "Anonymous pilot", AttributionMode.ANONYMOUS),
                publish(other, editor, "Second anonymous pilot", AttributionMode.ANONYMOUS),
                new SubjectRef(
                        SubjectType.REQUEST,
                        agenda.post(
                                other.id(),
                                new RequestCommand(
                                        "Pilots that failed",
                                        "Which pilots failed for you, and why?",
                                        List.of(Topic.of("onboarding")),
                                        List.of(),
                                        null,
                                        null))));
        List<Long> onePerSubject = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (SubjectRef subject : subjects) {
            for (Person writer : List.of(author, other, author)) {
                long id = discussion.post(subject, writer.id(), "A reply by " + writer.id() + ".", null);
                all.add(id);
                if (onePerSubject.size() < subjects.indexOf(subject) + 1) {
                    onePerSubject.add(id);
                }
            }
        }

        List<PublicReply> oneByOne =
                all.stream().map(id -> catalog.read(id).orElseThrow()).toList();
        assertThat(catalog.read(all)).isEqualTo(oneByOne);
        // An anonymous case's author replies under its pseudonym: their replies' times are shown by the day.
        assertThat(oneByOne.get(3).postedAt())
                .isEqualTo(oneByOne.get(3).postedAt().truncatedTo(ChronoUnit.DAYS));
        assertThat(oneByOne.get(7).postedAt())
                .isEqualTo(oneByOne.get(7).postedAt().truncatedTo(ChronoUnit.DAYS));
        assertThat(oneByOne.get(4).postedAt())
                .isNotEqualTo(oneByOne.get(4).postedAt().truncatedTo(ChronoUnit.DAYS));

        List<String> few = StatementCounter.statements(() -> catalog.read(onePerSubject));
        List<String> many = StatementCounter.statements(() -> catalog.read(all));
        assertThat(many)
                .as(
                        "statements for %d replies, against %d for %d: %s",
                        all.size(), few.size(), onePerSubject.size(), many)
                .hasSameSizeAs(few);
        // The replies, then per kind of subject (cases, requests) the public ones and who speaks as their author.
        assertThat(many).as("statements for %d replies: %s", all.size(), many).hasSizeLessThanOrEqualTo(5);

        List<String> ids = StatementCounter.statements(() -> catalog.ids());
        assertThat(ids).as("statements for every public reply's id: %s", ids).hasSizeLessThanOrEqualTo(3);
        assertThat(catalog.ids()).containsAll(all);
    }

    private SubjectRef publish(Person author, Person editor, String title, AttributionMode attribution) {
        CaseCommand command = TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("onboarding"), attribution);
        long id = fixtures.authoring().createDraft(author.id(), command);
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return new SubjectRef(SubjectType.CASE, id);
    }
}

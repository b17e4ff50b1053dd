package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuthorNoticesTests extends IntegrationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void authorHearsAboutTheReviewByMailOnlyOnceEachAndTheEventsComplete() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        long id =
                fixtures.draft(author, "Employee advocacy that nobody shared", Outcome.FAILURE, Topic.TALENT_MARKETING);
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().addNote(id, editor.id(), Section.RESULTS, "Add the share rate.");
        fixtures.reviews().returnToAuthor(id, editor.id(), null);

        List<MimeMessage> returned = TestMail.to(author.email(), 1);
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0).getSubject()).isEqualTo("An editor returned your case with notes");
        assertThat(GreenMailUtil.getBody(returned.get(0))).contains("/my/cases/" + id);

        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        List<MimeMessage> both = TestMail.to(author.email(), 2);
        assertThat(both)
                .extracting(MimeMessage::getSubject)
                .containsExactly("An editor returned your case with notes", "Your case is published");
        // Editors are not mailed about their own actions.
        assertThat(TestMail.to(editor.email(), 0)).isEmpty();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long incomplete;
        do {
            incomplete = jdbc.sql("select count(*) from event_publication where completion_date is null"
                            + " and serialized_event like ?")
                    .param("%\"caseId\":" + id + ",%")
                    .query(Long.class)
                    .single();
        } while (incomplete > 0 && System.nanoTime() < deadline);
        assertThat(incomplete).isZero();
    }
}

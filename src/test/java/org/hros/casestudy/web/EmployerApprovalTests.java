package org.hros.casestudy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

class EmployerApprovalTests extends IntegrationTestBase {

    @Autowired
    JdbcClient jdbc;

    private static final String ANONYMOUS_DRAFT = """
            {"type":"CASE_STUDY","title":"Our graduate scheme rescinded offers by e-mail","outcome":"FAILURE",
             "topics":["recruiting-analytics"],"context":{"sizeBand":"1001-5000","industry":"retail"},
             "vendorDisclosure":"None.","attribution":"ANONYMOUS","approverEmail":"%s",
             "sections":{"summary":"We withdrew forty offers.","challenge":"A hiring freeze.",
               "whatWeDid":"One e-mail to all.","results":"Public anger.","wrong":"No phone calls.",
               "differently":"Call every graduate.","lessons":"Bad news needs a voice."}}
            """;

    private static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), role, true, "");
    }

    private static String approverAddress() {
        return "approver-" + UUID.randomUUID().toString().substring(0, 8) + "@employer.example";
    }

    @Test
    void anonymousCaseWaitsForTheEmployersApproverWhoNeverLearnsWhoWroteIt() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String approver = approverAddress();
        String authorToken = fixtures.token(author);
        String editorToken = fixtures.token(editor);

        MvcResult created = mvc.perform(post("/api/v1/cases")
                        .header("Authorization", "Bearer " + authorToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ANONYMOUS_DRAFT.formatted(approver)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approverEmail").value(approver))
                .andReturn();
        long id = JsonPath.<Number>read(created.getResponse().getContentAsString(), "$.id")
                .longValue();
        mvc.perform(post("/api/v1/cases/" + id + "/submit").header("Authorization", "Bearer " + authorToken))
                .andExpect(status().isOk());

        // The editor approves; readers see nothing yet.
        mvc.perform(post("/api/v1/cases/" + id + "/publish").header("Authorization", "Bearer " + editorToken))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/my/cases/" + id).with(user(principal(author, MemberRole.MEMBER))))
                .andExpect(content().string(containsString("Waiting for approval by the employer")));
        mvc.perform(get("/my/cases").with(user(principal(author, MemberRole.MEMBER))))
                .andExpect(content().string(containsString("Waiting for approval by the employer")));

        // One mail to the approver, naming the case but not its author.
        List<MimeMessage> mails = TestMail.to(approver, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("A case about your organisation is waiting for your approval");
        String body = GreenMailUtil.getBody(mails.get(0));
        assertThat(body)
                .contains("Our graduate scheme rescinded offers by e-mail")
                .doesNotContain(author.name(), author.email(), "Canary Corp");
        String link = TestMail.link(approver, "/approvals/");

        // The link shows the case as readers will see it: by "A member", nothing that leads to the author.
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Our graduate scheme rescinded offers by e-mail")))
                .andExpect(content().string(containsString("We withdrew forty offers.")))
                .andExpect(content().string(containsString("attribution--anonymous\">A member</span>")))
                .andExpect(content().string(not(containsString(author.name()))))
                .andExpect(content().string(not(containsString(author.email()))))
                .andExpect(content().string(not(containsString("Canary Corp"))))
                .andExpect(content().string(not(containsString("/members/"))))
                .andExpect(content().string(not(containsString(approver))));

        mvc.perform(post(link).with(csrf()).param("decision", "approve").param("comment", "Fine by legal."))
                .andExpect(redirectedUrl("/approvals/thanks"));

        mvc.perform(get("/api/v1/cases/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attribution.mode").value("ANONYMOUS"))
                .andExpect(jsonPath("$.attribution.name").doesNotExist());
        // Published as if the editor had published it then: they are the publishing editor, the author is told.
        long publishingEditor = jdbc.sql("select editor_id from case_revision where case_id = ? and current")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(publishingEditor).isEqualTo(editor.id());
        assertThat(TestMail.to(author.email(), 1))
                .extracting(MimeMessage::getSubject)
                .containsExactly("Your case is published");
        assertThat(TestMail.to(approver, 1)).hasSize(1);

        // The link made one decision; it does nothing more.
        mvc.perform(post(link).with(csrf()).param("decision", "decline"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link no longer works")));
        mvc.perform(get(link)).andExpect(status().isGone());
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isOk());
    }

    @Test
    void declinedCaseGoesBackToItsAuthorWithTheApproversComment() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String approver = approverAddress();
        long id = claimedWithApprover(
                author, editor, "Salary bands we published too early", Outcome.MIXED, AttributionMode.NAMED, approver);
        assertThat(fixtures.reviews().publish(id, editor.id())).isEqualTo(CaseStatus.AWAITING_APPROVAL);

        String link = TestMail.link(approver, "/approvals/");
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post(link)
                        .with(csrf())
                        .param("decision", "decline")
                        .param("comment", "Legal asks you to leave out the bands for engineers."))
                .andExpect(redirectedUrl("/approvals/thanks"));

        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/my/cases/" + id).with(user(principal(author, MemberRole.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Returned with notes")))
                .andExpect(content().string(containsString("From the employer's approver")))
                .andExpect(content().string(containsString("Legal asks you to leave out the bands for engineers.")));
        assertThat(fixtures.authoring().draft(author.id(), id).status()).isEqualTo(CaseStatus.RETURNED);
        assertThat(fixtures.authoring().draft(author.id(), id).notes()).anySatisfy(n -> {
            assertThat(n.fromApprover()).isTrue();
            assertThat(n.body()).isEqualTo("Legal asks you to leave out the bands for engineers.");
        });
        assertThat(TestMail.to(author.email(), 1))
                .extracting(MimeMessage::getSubject)
                .containsExactly("The approver at your employer declined your case");
        assertThat(GreenMailUtil.getBody(TestMail.to(author.email(), 1).get(0))).contains("/my/cases/" + id);
        mvc.perform(get(link)).andExpect(status().isGone());
    }

    @Test
    void approvalLinkExpiresAfterFourteenDays() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String approver = approverAddress();
        long id = claimedWithApprover(
                author,
                editor,
                "Careers fair stand nobody visited",
                Outcome.FAILURE,
                AttributionMode.ANONYMOUS,
                approver);
        // The editor's button leads back to the queue: there is nothing to read yet.
        mvc.perform(post("/review/" + id + "/publish")
                        .with(user(principal(editor, MemberRole.EDITOR)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/review"));
        String link = TestMail.link(approver, "/approvals/");
        mvc.perform(get(link)).andExpect(status().isOk());

        clock.advance(Duration.ofDays(15));

        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link no longer works")))
                .andExpect(content().string(not(containsString("Careers fair stand nobody visited"))));
        mvc.perform(post(link).with(csrf()).param("decision", "approve")).andExpect(status().isGone());
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/approvals/not-a-real-link")).andExpect(status().isGone());
    }

    @Test
    void draftFormTakesTheApproverAndRejectsABadAddress() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        mvc.perform(post("/cases")
                        .with(user(principal(author, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("type", "SPARK")
                        .param("title", "Spark with an approver")
                        .param("approverEmail", "not an address"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter an e-mail address like name@example.org.")));
        MvcResult saved = mvc.perform(post("/cases")
                        .with(user(principal(author, MemberRole.MEMBER)))
                        .with(csrf())
                        .param("type", "SPARK")
                        .param("title", "Spark with an approver")
                        .param("approverEmail", "legal@employer.example"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(user(principal(author, MemberRole.MEMBER))))
                .andExpect(content().string(containsString("value=\"legal@employer.example\"")));
        assertThat(fixtures.authoring().myCases(author.id()))
                .extracting(c -> c.title())
                .contains("Spark with an approver");
    }

    @Test
    void approverNotesAreLabelledForTheEditorToo() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person editor = fixtures.member(MemberRole.EDITOR);
        String approver = approverAddress();
        long id = claimedWithApprover(
                author,
                editor,
                "Internal mobility board that stalled",
                Outcome.FAILURE,
                AttributionMode.NAMED,
                approver);
        fixtures.reviews().publish(id, editor.id());
        mvc.perform(post(TestMail.link(approver, "/approvals/"))
                        .with(csrf())
                        .param("decision", "decline")
                        .param("comment", "Not before the reorganisation is announced."))
                .andExpect(redirectedUrl("/approvals/thanks"));

        fixtures.authoring().submit(author.id(), id);
        mvc.perform(get("/review/" + id).with(user(principal(editor, MemberRole.EDITOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From the employer's approver · round 1")))
                .andExpect(content().string(containsString("Not before the reorganisation is announced.")))
                .andExpect(content().string(containsString("after you approve, the case waits for their approval")))
                .andExpect(content().string(not(containsString(approver))));
        mvc.perform(get("/api/v1/review-queue").header("Authorization", "Bearer " + fixtures.token(editor)))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    /** A case naming {@code approver}, submitted by its author and claimed by the editor. */
    private long claimedWithApprover(
            Person author, Person editor, String title, Outcome outcome, AttributionMode mode, String approver) {
        long id = fixtures.authoring()
                .createDraft(
                        author.id(),
                        TestFixtures.withRelease(
                                TestFixtures.completeCase(title, outcome, Topic.of("recruiting-analytics"), mode),
                                approver,
                                null));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        return id;
    }
}

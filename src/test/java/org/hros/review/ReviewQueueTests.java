package org.hros.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hros.casestudy.Outcome;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.Topic;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The review queue as one editor among several sees it: everything waiting, or only what they took. */
class ReviewQueueTests extends IntegrationTestBase {

    private static RequestPostProcessor as(Person p) {
        return user(new MemberPrincipal(p.id(), p.email(), "h" + p.id(), p.name(), MemberRole.EDITOR, true, ""));
    }

    private String page(Person editor, String path) throws Exception {
        return mvc.perform(get(path).with(as(editor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void assignedToMeListsOnlyTheSubmissionsThisEditorClaimed() throws Exception {
        Person author = fixtures.member(MemberRole.MEMBER);
        Person me = fixtures.member(MemberRole.EDITOR);
        Person colleague = fixtures.member(MemberRole.EDITOR);
        long mine = submitted(author, "Assessment centre that measured stamina");
        long theirs = submitted(author, "Video interviews without captions");
        long nobodys = submitted(author, "A referral bonus paid twice");

        assertThat(page(me, "/review/count")).doesNotContain("mine").contains("href=\"/review\"");
        assertThat(page(me, "/review?assigned=me"))
                .contains("Nothing assigned to you")
                .contains("Assigned to me <span class=\"facet__count\">0</span>");

        fixtures.reviews().claim(mine, me.id());
        fixtures.reviews().claim(theirs, colleague.id());

        String assigned = page(me, "/review?assigned=me");
        assertThat(assigned)
                .contains("/review/" + mine + "\"")
                .doesNotContain("/review/" + theirs + "\"")
                .doesNotContain("/review/" + nobodys + "\"")
                .contains("Assigned to me <span class=\"facet__count\">1</span>")
                .contains("aria-current=\"page\">Assigned to me");

        String all = page(me, "/review");
        assertThat(all)
                .contains("/review/" + mine + "\"", "/review/" + theirs + "\"", "/review/" + nobodys + "\"")
                .contains("aria-current=\"page\">All waiting");
        // The header's count, loaded on every page an editor sees, says the same, and leads to "assigned to me".
        String count = page(me, "/review/count");
        assertThat(count)
                .contains("href=\"/review?assigned=me\"")
                .contains("· 1 mine")
                .containsPattern("queue-count__number\">\\d+<");
        // Anything else in the address shows the whole queue, as no filter does.
        assertThat(page(me, "/review?assigned=%00everyone")).contains("/review/" + nobodys + "\"");
    }

    private long submitted(Person author, String title) {
        long id = fixtures.draft(author, title, Outcome.FAILURE, Topic.of("dei"));
        fixtures.authoring().submit(author.id(), id);
        return id;
    }
}

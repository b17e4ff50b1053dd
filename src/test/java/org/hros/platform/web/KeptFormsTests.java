package org.hros.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.hros.member.MemberRole;
import org.hros.platform.KeptForm;
import org.hros.platform.LinkSigner;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Kept forms live in PostgreSQL: what one application instance kept, another collects (after a restart, or on
 * another node); the token itself is never stored; each member's share is bounded; and a form nobody collected
 * within half an hour is gone, on reading and from the table.
 */
class KeptFormsTests extends IntegrationTestBase {

    @Autowired
    KeptForms kept;

    @Autowired
    KeptFormCleanup cleanup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LinkSigner signer;

    @Autowired
    Clock appClock;

    @Test
    void aFormKeptBeforeARestartIsCollectedAfterItWithoutItsPasswordOrToken() {
        Person member = fixtures.member(MemberRole.MEMBER);
        Cookie owner = ownerCookie(member);
        MockHttpServletRequest posted = post("/my/cases/7", owner);
        posted.addParameter("wrong", "We hired for culture fit and got a monoculture.");
        posted.addParameter("_csrf", "stale");
        posted.addParameter("password", "not to be kept");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(kept.keep(posted, response)).isTrue();
        Cookie token = response.getCookie(KeptForms.COOKIE);

        assertThat(jdbc.sql("select count(*) from kept_form where key_hash = ? or fields::text like ?")
                        .params(token.getValue(), "%" + token.getValue() + "%")
                        .query(Long.class)
                        .single())
                .as("the token itself is stored nowhere")
                .isZero();
        assertThat(jdbc.sql("select fields::text from kept_form where owner_id = ?")
                        .param(member.id())
                        .query(String.class)
                        .single())
                .doesNotContain("not to be kept")
                .doesNotContain("stale");

        // Another instance of the application on the same database: a restart, or another node.
        KeptForms restarted = new KeptForms(jdbc, appClock, signer);
        MockHttpServletRequest back = new MockHttpServletRequest("GET", "/kept");
        back.setCookies(owner, token);
        Optional<KeptForm> form = restarted.collect(back, new MockHttpServletResponse(), member.id());
        assertThat(form).isPresent();
        assertThat(form.get().path()).isEqualTo("/my/cases/7");
        assertThat(form.get().parameters()).containsOnlyKeys("wrong");
        assertThat(form.get().first("wrong")).isEqualTo("We hired for culture fit and got a monoculture.");
        assertThat(restarted.collect(back, new MockHttpServletResponse(), member.id()))
                .as("collected once")
                .isEmpty();
    }

    @Test
    void aMemberKeepsOnlyTheirNewestFormsWithinTheirShare() {
        Person member = fixtures.member(MemberRole.MEMBER);
        Cookie owner = ownerCookie(member);
        Cookie newest = null;
        for (int i = 0; i < KeptForms.MAX_FORMS_PER_OWNER + 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            MockHttpServletRequest posted = post("/requests", owner);
            posted.addParameter("title", "Attempt " + i);
            MockHttpServletResponse response = new MockHttpServletResponse();
            assertThat(kept.keep(posted, response)).isTrue();
            newest = response.getCookie(KeptForms.COOKIE);
        }
        assertThat(countOf(member)).isEqualTo(KeptForms.MAX_FORMS_PER_OWNER);

        // A form that alone would take more than a member's share is not kept at all.
        MockHttpServletRequest huge = post("/requests", owner);
        huge.addParameter("description", "x".repeat((int) KeptForms.MAX_CHARS_PER_OWNER));
        assertThat(kept.keep(huge, new MockHttpServletResponse())).isFalse();
        assertThat(countOf(member)).isEqualTo(KeptForms.MAX_FORMS_PER_OWNER);

        MockHttpServletRequest back = new MockHttpServletRequest("GET", "/kept");
        back.setCookies(owner, newest);
        assertThat(kept.collect(back, new MockHttpServletResponse(), member.id()))
                .map(form -> form.first("title"))
                .contains("Attempt " + (KeptForms.MAX_FORMS_PER_OWNER + 2));
    }

    @Test
    void aFormNotCollectedWithinHalfAnHourIsIgnoredAndThenDeleted() {
        Person member = fixtures.member(MemberRole.MEMBER);
        Cookie owner = ownerCookie(member);
        MockHttpServletRequest posted = post("/requests", owner);
        posted.addParameter("title", "Left for lunch");
        MockHttpServletResponse response = new MockHttpServletResponse();
        kept.keep(posted, response);
        Cookie token = response.getCookie(KeptForms.COOKIE);

        clock.advance(Duration.ofMinutes(29));
        cleanup.forgetExpiredOnSchedule();
        assertThat(countOf(member)).as("still within half an hour").isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        MockHttpServletRequest back = new MockHttpServletRequest("GET", "/kept");
        back.setCookies(owner, token);
        MockHttpServletRequest other = post("/requests", owner);
        other.addParameter("title", "Kept later");
        kept.keep(other, new MockHttpServletResponse());
        assertThat(kept.forgetExpired())
                .as("the old form, and other tests' old forms")
                .isPositive();
        assertThat(countOf(member)).as("only the old form goes").isEqualTo(1);
        assertThat(kept.collect(back, new MockHttpServletResponse(), member.id()))
                .isEmpty();
    }

    @Test
    void anExpiredFormIsNotGivenBackEvenBeforeTheJobDeletesIt() {
        Person member = fixtures.member(MemberRole.MEMBER);
        Cookie owner = ownerCookie(member);
        MockHttpServletRequest posted = post("/requests", owner);
        posted.addParameter("title", "Too late");
        MockHttpServletResponse response = new MockHttpServletResponse();
        kept.keep(posted, response);
        clock.advance(Duration.ofMinutes(31));

        MockHttpServletRequest back = new MockHttpServletRequest("GET", "/kept");
        back.setCookies(owner, response.getCookie(KeptForms.COOKIE));
        assertThat(kept.collect(back, new MockHttpServletResponse(), member.id()))
                .isEmpty();
    }

    private long countOf(Person member) {
        return jdbc.sql("select count(*) from kept_form where owner_id = ?")
                .param(member.id())
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequest post(String path, Cookie owner) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setCookies(owner);
        return request;
    }

    private Cookie ownerCookie(Person member) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        kept.rememberOwner(new MockHttpServletRequest(), response, member.id());
        Cookie cookie = response.getCookie(KeptForms.OWNER_COOKIE);
        assertThat(cookie).isNotNull();
        return cookie;
    }
}

package org.hros.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hros.member.MemberRole;
import org.hros.request.RequestStatus;
import org.hros.request.RequestStatusChanged;
import org.hros.support.TestFixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The bell, the list of notices and the settings page. */
class NotificationPagesTests extends NoticeTestBase {

    private RequestPostProcessor as(Person person) {
        return user(principal(person, MemberRole.MEMBER));
    }

    private void answered(Person member, String title) {
        long requestId = uniqueId();
        publish(new RequestStatusChanged(
                requestId,
                uniqueId(),
                title,
                "/requests/" + requestId,
                RequestStatus.IN_PROGRESS,
                RequestStatus.ANSWERED,
                null,
                null,
                Set.of(member.id())));
    }

    @Test
    void everyPageLoadsTheBellAndTheBellCountsUnreadNotices() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/cases").with(as(member)))
                .andExpect(content().string(containsString("hx-get=\"/notifications/bell\"")))
                .andExpect(content().string(containsString("href=\"/notifications\"")));
        mvc.perform(get("/notifications/bell").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"Notifications, none unread\"")))
                .andExpect(content().string(not(containsString("<html"))));

        answered(member, "Interview training for managers");
        answered(member, "Sourcing in rural areas");
        answered(member, "Candidate NPS");
        awaitNotices(member.id(), 3);
        mvc.perform(get("/notifications/bell").with(as(member)))
                .andExpect(content().string(containsString("aria-label=\"Notifications, 3 unread\"")))
                .andExpect(content().string(containsString(">3</span>")));
        // Visitors get nothing to swap in, and no bell is asked for.
        mvc.perform(get("/notifications/bell")).andExpect(status().isNoContent());
        mvc.perform(get("/cases")).andExpect(content().string(not(containsString("/notifications/bell"))));
    }

    @Test
    void followingANoticeMarksItReadAndMarkAllReadClearsTheCount() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        Person other = fixtures.member(MemberRole.MEMBER);
        answered(member, "Hiring freezes done kindly");
        answered(member, "Onboarding buddies");
        awaitNotices(member.id(), 2);
        StoredNotice first = notices(member.id()).get(0);

        mvc.perform(get("/notifications").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 unread notices")))
                .andExpect(content().string(containsString("\"Hiring freezes done kindly\" has been answered")))
                .andExpect(content().string(containsString("href=\"/notifications/" + first.id() + "\"")));

        // Someone else's notice is not theirs to open.
        mvc.perform(get("/notifications/" + first.id()).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/notifications/" + first.id()).with(as(member)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(first.link()));
        assertThat(notices(member.id())).extracting(StoredNotice::read).containsExactly(true, false);
        mvc.perform(get("/notifications/bell").with(as(member)))
                .andExpect(content().string(containsString("Notifications, 1 unread")));

        mvc.perform(post("/notifications/read").with(as(member))).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/read").with(as(member)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(notices(member.id())).extracting(StoredNotice::read).containsExactly(true, true);
        mvc.perform(get("/notifications").with(as(member)))
                .andExpect(content().string(containsString("Nothing unread")))
                .andExpect(content().string(not(containsString("Mark all as read"))));
    }

    @Test
    void theListIsPagedAndHasAnEmptyState() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/notifications").with(as(member))).andExpect(content().string(containsString("Nothing yet")));
        mvc.perform(get("/notifications").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());

        for (int i = 1; i <= 22; i++) {
            answered(member, "Request number " + i);
        }
        awaitNotices(member.id(), 22);
        mvc.perform(get("/notifications").with(as(member)))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString("href=\"/notifications?page=2\"")));
        String second = mvc.perform(get("/notifications?page=2").with(as(member)))
                .andExpect(content().string(containsString("Page 2 of 2")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second.split("class=\"notice[ \"]", -1)).hasSize(3);
    }

    @Test
    void settingsShowTheDefaultsAndSaveValidChoicesOnly() throws Exception {
        Person member = fixtures.member(MemberRole.MEMBER);
        mvc.perform(get("/profile").with(as(member)))
                .andExpect(content().string(containsString("href=\"/settings/notifications\"")));
        mvc.perform(get("/settings/notifications").with(as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"reviewResults\" value=\"EMAIL_NOW\" checked")))
                .andExpect(content().string(containsString("name=\"requestUpdates\" value=\"EMAIL_NOW\" checked")))
                .andExpect(content().string(containsString("name=\"mentions\" value=\"EMAIL_NOW\" checked")))
                .andExpect(content().string(containsString("name=\"comments\" value=\"IN_APP\" checked")))
                // New offers are for editors.
                .andExpect(content().string(not(containsString("name=\"newOffers\""))));

        mvc.perform(post("/settings/notifications")
                        .with(as(member))
                        .with(csrf())
                        .param("requestUpdates", "EMAIL_DAILY")
                        .param("reviewResults", "LOUDLY")
                        .param("invitations", "OFF")
                        .param("comments", "IN_APP")
                        .param("mentions", "EMAIL_NOW"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"reviewResults-error\"")))
                .andExpect(content().string(containsString("Choose one of the options.")));
        assertThat(preferences.of(member.id(), NoticeCategory.REQUEST_UPDATES))
                .as("an invalid form saves nothing: still the default")
                .isEqualTo(NoticeDelivery.EMAIL_NOW);

        mvc.perform(post("/settings/notifications")
                        .with(as(member))
                        .with(csrf())
                        .param("requestUpdates", "EMAIL_DAILY")
                        .param("reviewResults", "IN_APP")
                        .param("invitations", "OFF")
                        .param("comments", "IN_APP")
                        .param("mentions", "EMAIL_NOW")
                        .param("sessionReminders", "OFF"))
                .andExpect(redirectedUrl("/settings/notifications"))
                .andExpect(flash().attribute("flash", "notifications.settings.saved"));
        assertThat(preferences.of(member.id()))
                .containsEntry(NoticeCategory.REQUEST_UPDATES, NoticeDelivery.EMAIL_DAILY)
                .containsEntry(NoticeCategory.REVIEW_RESULTS, NoticeDelivery.IN_APP)
                .containsEntry(NoticeCategory.INVITATIONS, NoticeDelivery.OFF)
                .containsEntry(NoticeCategory.MENTIONS, NoticeDelivery.EMAIL_NOW)
                .containsEntry(NoticeCategory.SESSION_REMINDERS, NoticeDelivery.OFF);
        mvc.perform(get("/settings/notifications").with(as(member)))
                .andExpect(content().string(containsString("name=\"invitations\" value=\"OFF\" checked")));

        Person editor = fixtures.member(MemberRole.EDITOR);
        mvc.perform(get("/settings/notifications")
                        .with(SecurityMockMvcRequestPostProcessors.user(principal(editor, MemberRole.EDITOR))))
                .andExpect(content().string(containsString("name=\"newOffers\" value=\"IN_APP\" checked")));
    }
}

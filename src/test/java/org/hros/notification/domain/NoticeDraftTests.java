package org.hros.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.hros.notification.NoticeCategory;
import org.junit.jupiter.api.Test;

class NoticeDraftTests {

    private static String linkOf(String link) {
        return new NoticeDraft(NoticeCategory.COMMENTS, 1, "k", "text", link).link();
    }

    @Test
    void aNoticeLinksOnlyToAPathOnThisSite() {
        assertThat(linkOf("/cases/12/slug#reply-4")).isEqualTo("/cases/12/slug#reply-4");
        assertThat(linkOf("/requests?page=2")).isEqualTo("/requests?page=2");
        assertThat(linkOf("/")).isEqualTo("/");
        assertThat(linkOf("//evil.example/x")).isEqualTo("/");
        assertThat(linkOf("/\\evil.example")).isEqualTo("/");
        assertThat(linkOf("https://evil.example")).isEqualTo("/");
        assertThat(linkOf("/a b")).isEqualTo("/");
        assertThat(linkOf(null)).isEqualTo("/");
        assertThat(linkOf("/" + "x".repeat(700))).isEqualTo("/");
    }

    @Test
    void longTextsAreCutToWhatANoticeHolds() {
        NoticeDraft draft = new NoticeDraft(NoticeCategory.COMMENTS, 1, "k", "y".repeat(900), "/");
        assertThat(draft.text()).hasSize(600).endsWith("…");
    }
}

package org.hros.discussion.domain;

import org.hros.shared.MemberActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many replies a member has posted and not removed, for an admin's page about them. */
@Component
class ReplyActivity implements MemberActivity {

    private final JdbcClient jdbc;

    ReplyActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String labelKey() {
        return "admin.member.activity.replies";
    }

    @Override
    public long count(long memberId) {
        return jdbc.sql("select count(*) from reply where author_id = ? and removed_at is null")
                .param(memberId)
                .query(Long.class)
                .single();
    }
}

package org.hros.request.domain;

import org.hros.shared.MemberActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many requests a member has posted, for an admin's page about them. */
@Component
class RequestActivity implements MemberActivity {

    private final JdbcClient jdbc;

    RequestActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String labelKey() {
        return "admin.member.activity.requests";
    }

    @Override
    public long count(long memberId) {
        return jdbc.sql("select count(*) from request where author_id = ?")
                .param(memberId)
                .query(Long.class)
                .single();
    }
}

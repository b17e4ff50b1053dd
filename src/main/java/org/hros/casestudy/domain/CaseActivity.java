package org.hros.casestudy.domain;

import org.hros.shared.MemberActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many cases a member has written, at any stage, for an admin's page about them. */
@Component
class CaseActivity implements MemberActivity {

    private final JdbcClient jdbc;

    CaseActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String labelKey() {
        return "admin.member.activity.cases";
    }

    @Override
    public long count(long memberId) {
        return jdbc.sql("select count(*) from case_study where author_id = ?")
                .param(memberId)
                .query(Long.class)
                .single();
    }
}

package org.hros.member.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.hros.member.MemberCard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public cards of members, read with one plain statement. Every page that lists people asks for them (authors of
 * replies, reactors, request posters): through JPQL, a list parameter of a new length was translated to SQL afresh at
 * each call, and the read-only transaction around it cost three more round trips, which made this the costliest
 * single call of a signed-in page. One array parameter keeps the statement the same whatever the number of members.
 */
@Component
class MemberCardQueries {

    private final JdbcClient jdbc;

    MemberCardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, MemberCard> cards(Collection<Long> memberIds) {
        Map<Long, MemberCard> cards = new HashMap<>(Math.max(16, memberIds.size() * 2));
        if (memberIds.isEmpty()) {
            return cards;
        }
        jdbc.sql("select id, handle, display_name, headline from member where id = any(?)")
                .param(memberIds.toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong("id");
                    cards.put(
                            id,
                            new MemberCard(
                                    id,
                                    rs.getString("handle"),
                                    rs.getString("display_name"),
                                    rs.getString("headline")));
                });
        return cards;
    }
}

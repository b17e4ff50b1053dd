package org.hros.request.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hros.request.PublicRequest;
import org.hros.request.RequestAudiences;
import org.hros.request.RequestCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Voters of newly answered requests and followers of requests that cases answer, in a few set-wise queries. */
@Service
@Transactional(readOnly = true)
class RequestAudienceQueries implements RequestAudiences {

    private final JdbcClient jdbc;
    private final RequestCatalog catalog;

    RequestAudienceQueries(JdbcClient jdbc, RequestCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public List<AnsweredRequest> answeredBetween(Instant from, Instant until) {
        Map<Long, Instant> answeredAt = new LinkedHashMap<>();
        jdbc.sql("select h.request_id, max(h.changed_at) as answered_at from request_status_change h"
                        + " join request r on r.id = h.request_id and r.status = 'ANSWERED'"
                        + " where h.to_status = 'ANSWERED' group by h.request_id"
                        + " having max(h.changed_at) >= ? and max(h.changed_at) < ?")
                .params(Timestamp.from(from), Timestamp.from(until))
                .query((rs, n) -> answeredAt.put(
                        rs.getLong("request_id"), rs.getTimestamp("answered_at").toInstant()))
                .list();
        if (answeredAt.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> voters = new HashMap<>();
        jdbc.sql("select request_id, member_id from request_vote where request_id = any(?)")
                .param(answeredAt.keySet().toArray(Long[]::new))
                .query((rs, n) -> voters.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getLong(2)))
                .list();
        return catalog.read(answeredAt.keySet()).stream()
                .sorted(java.util.Comparator.comparingLong(PublicRequest::votes).reversed())
                .map(r -> new AnsweredRequest(r, answeredAt.get(r.id()), voters.getOrDefault(r.id(), Set.of())))
                .toList();
    }

    @Override
    public Map<Long, Set<Long>> followersByAnsweringCase(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> followers = new HashMap<>();
        jdbc.sql("select distinct c.case_id, f.member_id from request_case c"
                        + " join request_follow f on f.request_id = c.request_id where c.case_id = any(?)")
                .param(caseIds.toArray(Long[]::new))
                .query((rs, n) -> followers
                        .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getLong(2)))
                .list();
        return followers;
    }
}

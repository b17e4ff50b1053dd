package org.hros.request.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hros.shared.PublicSubjects;
import org.hros.shared.SubjectInfo;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.stereotype.Component;

/**
 * Requests as subjects of discussion. Every request is public, closed ones included; a request names its poster
 * openly, so its poster never speaks under the author's pseudonym.
 */
@Component
class RequestSubjects implements PublicSubjects {

    private final AgendaQueries queries;

    RequestSubjects(AgendaQueries queries) {
        this.queries = queries;
    }

    @Override
    public SubjectType type() {
        return SubjectType.REQUEST;
    }

    @Override
    public Optional<SubjectInfo> find(long id) {
        return queries.titleAndPath(id)
                .map(t -> new SubjectInfo(new SubjectRef(SubjectType.REQUEST, id), t.title(), t.path()));
    }

    @Override
    public Map<Long, SubjectInfo> findAll(Collection<Long> ids) {
        Map<Long, SubjectInfo> found = new HashMap<>();
        queries.titlesAndPaths(ids)
                .forEach((id, t) ->
                        found.put(id, new SubjectInfo(new SubjectRef(SubjectType.REQUEST, id), t.title(), t.path())));
        return found;
    }

    @Override
    public boolean speaksAsAuthor(long id, long memberId) {
        return false;
    }

    @Override
    public Map<Long, Set<Long>> speakingAsAuthor(Map<Long, ? extends Collection<Long>> memberIdsBySubject) {
        return Map.of();
    }
}

package org.hros.discussion.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hros.discussion.PublicReply;
import org.hros.discussion.ReplyCatalog;
import org.hros.shared.PublicTimes;
import org.hros.shared.SubjectInfo;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replies for other modules: their words and place, as long as anyone may read them; never their author. */
@Service
@Transactional(readOnly = true)
class PublicReplies implements ReplyCatalog {

    private final ReplyRepository replies;
    private final Subjects subjects;

    PublicReplies(ReplyRepository replies, Subjects subjects) {
        this.replies = replies;
        this.subjects = subjects;
    }

    @Override
    public Optional<PublicReply> read(long replyId) {
        return read(List.of(replyId)).stream().findFirst();
    }

    /**
     * Set-based whatever the number of replies: the replies in one query, then their subjects and whether each
     * author speaks under a subject's pseudonym in one query per kind of subject, never one per reply.
     */
    @Override
    public List<PublicReply> read(Collection<Long> replyIds) {
        List<Long> ids = replyIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Reply> found = new HashMap<>();
        replies.findAllById(ids).forEach(r -> found.put(r.id(), r));
        List<Reply> live = ids.stream()
                .map(found::get)
                .filter(r -> r != null && !r.removed())
                .toList();
        Map<SubjectRef, SubjectInfo> open =
                subjects.findAll(live.stream().map(Reply::subject).toList());
        Map<SubjectRef, Set<Long>> authors = new HashMap<>();
        live.stream()
                .filter(r -> open.containsKey(r.subject()))
                .forEach(r -> authors.computeIfAbsent(r.subject(), s -> new HashSet<>())
                        .add(r.authorId()));
        Map<SubjectRef, Set<Long>> pseudonymous = subjects.pseudonymous(authors);
        return live.stream()
                .filter(r -> open.containsKey(r.subject()))
                .map(r -> {
                    SubjectInfo info = open.get(r.subject());
                    boolean asAuthor =
                            pseudonymous.getOrDefault(r.subject(), Set.of()).contains(r.authorId());
                    return new PublicReply(
                            r.id(),
                            r.subject(),
                            info.title(),
                            info.path() + "#reply-" + r.id(),
                            r.html(),
                            PublicTimes.shown(r.createdAt(), asAuthor));
                })
                .toList();
    }

    @Override
    public List<Long> idsOn(SubjectRef subject) {
        if (subjects.find(subject).isEmpty()) {
            return List.of();
        }
        return replies.findLiveIdsAndSubjects().stream()
                .filter(row -> row[1] == subject.type() && subject.id() == (Long) row[2])
                .map(row -> (Long) row[0])
                .toList();
    }

    @Override
    public List<Long> ids() {
        List<Object[]> rows = replies.findLiveIdsAndSubjects();
        Map<SubjectRef, SubjectInfo> open =
                subjects.findAll(rows.stream().map(PublicReplies::subject).toList());
        return rows.stream()
                .filter(row -> open.containsKey(subject(row)))
                .map(row -> (Long) row[0])
                .toList();
    }

    private static SubjectRef subject(Object[] row) {
        return new SubjectRef((SubjectType) row[1], (Long) row[2]);
    }
}

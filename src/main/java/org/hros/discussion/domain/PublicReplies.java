package org.hros.discussion.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hros.discussion.PublicReply;
import org.hros.discussion.ReplyCatalog;
import org.hros.shared.PublicTimes;
import org.hros.shared.SubjectInfo;
import org.hros.shared.SubjectRef;
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

    @Override
    public List<PublicReply> read(Collection<Long> replyIds) {
        List<Long> ids = replyIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Reply> found = new HashMap<>();
        replies.findAllById(ids).forEach(r -> found.put(r.id(), r));
        Map<SubjectRef, Optional<SubjectInfo>> subjectsSeen = new HashMap<>();
        return ids.stream()
                .map(found::get)
                .filter(r -> r != null && !r.removed())
                .map(r -> subjectsSeen
                        .computeIfAbsent(r.subject(), subjects::find)
                        .map(info -> new PublicReply(
                                r.id(),
                                r.subject(),
                                info.title(),
                                info.path() + "#reply-" + r.id(),
                                r.html(),
                                PublicTimes.shown(r.createdAt(), subjects.speaksAsAuthor(r.subject(), r.authorId()))))
                        .orElse(null))
                .filter(Objects::nonNull)
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
        Map<SubjectRef, Boolean> open = new HashMap<>();
        return replies.findLiveIdsAndSubjects().stream()
                .filter(row -> open.computeIfAbsent(
                        new SubjectRef((org.hros.shared.SubjectType) row[1], (Long) row[2]),
                        subject -> subjects.find(subject).isPresent()))
                .map(row -> (Long) row[0])
                .toList();
    }
}

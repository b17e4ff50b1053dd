package org.hros.discussion.domain;

import java.time.Clock;
import java.util.Optional;
import org.hros.discussion.ReplyChanged;
import org.hros.shared.ModeratedContent;
import org.hros.shared.SubjectType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies as moderation sees them: flagged replies shown to editors, hidden pending review and restored. A hidden
 * reply keeps its place in the thread, like a removed one, but its words are kept for restoring.
 */
@Component
class ReplyModeration implements ModeratedContent {

    private final ReplyRepository replies;
    private final Subjects subjects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReplyModeration(ReplyRepository replies, Subjects subjects, ApplicationEventPublisher events, Clock clock) {
        this.replies = replies;
        this.subjects = subjects;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SubjectType type() {
        return SubjectType.REPLY;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Item> find(long id) {
        return replies.findById(id)
                .filter(r -> !r.removed() || r.hidden())
                .flatMap(r -> subjects.find(r.subject())
                        .map(info -> new Item(
                                r.id(),
                                info.title(),
                                r.markdown(),
                                info.path() + "#reply-" + r.id(),
                                r.authorId(),
                                r.hidden())));
    }

    @Override
    @Transactional
    public void hide(long id) {
        replies.findById(id).filter(r -> !r.removed()).ifPresent(r -> {
            r.hide(clock.instant());
            events.publishEvent(new ReplyChanged(r.id(), r.subject(), true));
        });
    }

    @Override
    @Transactional
    public void restore(long id) {
        replies.findById(id).filter(Reply::hidden).ifPresent(r -> {
            r.restore();
            events.publishEvent(new ReplyChanged(r.id(), r.subject(), false));
        });
    }
}

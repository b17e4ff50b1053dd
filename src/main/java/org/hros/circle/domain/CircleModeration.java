package org.hros.circle.domain;

import java.time.Clock;
import java.util.Optional;
import org.hros.shared.ModeratedContent;
import org.hros.shared.SubjectType;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Circle posts as moderation sees them. Only the circle's members may flag a post (to anyone else it does not
 * exist); editors review it in the queue without anyone else seeing it. The item's title is the circle's name, the
 * only thing of a circle its notices ever name; its text goes to the editors' queue and nowhere else.
 */
@Component
class CircleModeration implements ModeratedContent {

    private final CirclePostRepository posts;
    private final CircleThreadRepository threads;
    private final CircleRepository circles;
    private final CircleMemberRepository members;
    private final Clock clock;

    CircleModeration(
            CirclePostRepository posts,
            CircleThreadRepository threads,
            CircleRepository circles,
            CircleMemberRepository members,
            Clock clock) {
        this.posts = posts;
        this.threads = threads;
        this.circles = circles;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public SubjectType type() {
        return SubjectType.CIRCLE_POST;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Item> find(long id) {
        return posts.findById(id)
                .filter(p -> p.authorId() != null)
                .flatMap(p -> threads.findById(p.threadId())
                        .flatMap(t -> circles.findById(t.circleId())
                                .map(c -> new Item(
                                        id,
                                        c.name(),
                                        Jsoup.parse(p.bodyHtml()).text(),
                                        t.kind() == CircleThread.Kind.CLINIC
                                                ? "/circles/" + c.id() + "/threads/" + t.id() + "#post-" + id
                                                : "/circles/" + c.id() + "#post-" + id,
                                        p.authorId(),
                                        p.hidden(),
                                        null))));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean visibleTo(long id, long memberId) {
        return posts.findById(id)
                .flatMap(p -> threads.findById(p.threadId()))
                .map(t -> members.find(t.circleId(), memberId).isPresent())
                .orElse(false);
    }

    @Override
    @Transactional
    public void hide(long id) {
        posts.findById(id).ifPresent(p -> p.hide(clock.instant()));
    }

    @Override
    @Transactional
    public void restore(long id) {
        posts.findById(id).ifPresent(CirclePost::restore);
    }
}

package org.hros.circle.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hros.circle.CircleRole;
import org.hros.circle.CircleSamples;
import org.hros.shared.MarkdownRenderer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo community's circle, written straight through the repositories with the same rules as pages use. */
@Component
class SampleCircles implements CircleSamples {

    private final CircleRepository circles;
    private final CircleMemberRepository members;
    private final CircleThreadRepository threads;
    private final CirclePostRepository posts;
    private final Clock clock;

    SampleCircles(
            CircleRepository circles,
            CircleMemberRepository members,
            CircleThreadRepository threads,
            CirclePostRepository posts,
            Clock clock) {
        this.circles = circles;
        this.members = members;
        this.threads = threads;
        this.posts = posts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long createSample(
            String name, String purpose, boolean chathamHouse, long facilitatorId, List<Long> memberIds) {
        Instant now = clock.instant();
        Circle circle = circles.save(new Circle(name, purpose, CircleService.DEFAULT_SIZE, chathamHouse, null, now));
        members.save(new CircleMember(circle.id(), facilitatorId, CircleRole.FACILITATOR, now));
        for (long id : memberIds) {
            members.save(new CircleMember(circle.id(), id, CircleRole.MEMBER, now));
        }
        return circle.id();
    }

    @Override
    @Transactional
    public long clinicSample(long circleId, String title, long authorId, String opening, List<SampleReply> replies) {
        Circle circle = circles.findById(circleId).orElseThrow();
        Instant at = clock.instant().minusSeconds(3600L * (replies.size() + 1));
        CircleThread thread = threads.save(
                new CircleThread(circleId, CircleThread.Kind.CLINIC, title, circle.chathamHouse(), authorId, at));
        posts.save(new CirclePost(thread.id(), authorId, MarkdownRenderer.toSafeHtml(opening), at));
        for (SampleReply reply : replies) {
            at = at.plusSeconds(3600);
            posts.save(
                    new CirclePost(thread.id(), reply.authorId(), MarkdownRenderer.toSafeHtml(reply.markdown()), at));
            thread.touched(at);
        }
        return thread.id();
    }

    @Override
    @Transactional
    public void checkInSample(long circleId, long authorId, String text) {
        Circle circle = circles.findById(circleId).orElseThrow();
        Instant now = clock.instant();
        CircleThread thread = threads.save(
                new CircleThread(circleId, CircleThread.Kind.CHECK_IN, null, circle.chathamHouse(), authorId, now));
        posts.save(new CirclePost(thread.id(), authorId, MarkdownRenderer.toSafeHtml(text), now));
    }
}

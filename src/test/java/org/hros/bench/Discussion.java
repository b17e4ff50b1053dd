package org.hros.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The generated replies and reactions under cases and requests, and reactions on replies. */
final class Discussion implements AutoCloseable {

    /** Nothing is dated after the generation started. */
    private static final Instant NOW = Instant.now();

    private final long[] members;
    private final IdPool replyIds;
    private final CopyTable reply;
    private final CopyTable reaction;

    Discussion(Connection c, long[] members) throws SQLException {
        this.members = members;
        this.replyIds = new IdPool(c, "scrambled_id(nextval('reply_number'), 'reply')");
        this.reply = new CopyTable(
                c,
                "reply",
                "id, subject_type, subject_id, parent_id, depth, author_id, body_markdown, body_html, created_at");
        this.reaction = new CopyTable(c, "reaction", "subject_type, subject_id, kind, member_id, created_at");
    }

    /**
     * Replies and reactions under a published case; returns its "This helped" count. Failures draw more
     * reactions than successes, and "Failed too" only on failures and mixed outcomes.
     */
    long onCase(long caseId, long authorId, String outcome, Instant published, SplittableRandom r) throws SQLException {
        boolean failure = !outcome.equals("SUCCESS");
        long[] helped = CommunityLoader.distinctMembers(r, members, geometric(r, failure ? 3.5 : 2.5), authorId);
        react("CASE", caseId, "HELPED", helped, published, r);
        react(
                "CASE",
                caseId,
                "BOOKMARK",
                CommunityLoader.distinctMembers(r, members, geometric(r, 1), authorId),
                published,
                r);
        if (failure) {
            react(
                    "CASE",
                    caseId,
                    "FAILED_TOO",
                    CommunityLoader.distinctMembers(r, members, geometric(r, 1), authorId),
                    published,
                    r);
        }
        thread("CASE", caseId, authorId, published, geometric(r, 1.5), r);
        return helped.length;
    }

    void onRequest(long requestId, long authorId, Instant posted, SplittableRandom r) throws SQLException {
        thread("REQUEST", requestId, authorId, posted, geometric(r, 1), r);
    }

    private void thread(String type, long subject, long subjectAuthor, Instant from, int count, SplittableRandom r)
            throws SQLException {
        List<long[]> written = new ArrayList<>(); // id, depth
        Instant at = from;
        for (int n = 0; n < count; n++) {
            long id = replyIds.next();
            long parent = 0;
            int depth = 0;
            if (!written.isEmpty() && r.nextInt(3) == 0) {
                long[] p = written.get(r.nextInt(written.size()));
                parent = p[0];
                depth = (int) p[1] + 1;
            }
            // Now and then the subject's author answers in their own thread.
            long author = r.nextInt(6) == 0 ? subjectAuthor : members[r.nextInt(members.length)];
            at = at.plus(Duration.ofMinutes(5 + r.nextInt(60 * 24 * 3)));
            String text = Phrases.reply(r);
            reply.add(id)
                    .add(type)
                    .add(subject)
                    .add(parent == 0 ? null : parent)
                    .add(depth)
                    .add(author)
                    .add(text)
                    .add(Html.of(text))
                    .add(before(at));
            reply.end();
            written.add(new long[] {id, depth});
            if (r.nextInt(10) == 0) {
                react(
                        "REPLY",
                        id,
                        "HELPED",
                        CommunityLoader.distinctMembers(r, members, 1 + r.nextInt(3), author),
                        at,
                        r);
            }
        }
    }

    private void react(String type, long subject, String kind, long[] who, Instant after, SplittableRandom r)
            throws SQLException {
        for (long m : who) {
            reaction.add(type)
                    .add(subject)
                    .add(kind)
                    .add(m)
                    .add(before(after.plus(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 60)))));
            reaction.end();
        }
    }

    private static Instant before(Instant t) {
        return t.isAfter(NOW) ? NOW : t;
    }

    /** A count with this mean, most often small and now and then large, as attention is. */
    private static int geometric(SplittableRandom r, double mean) {
        return (int) Math.floor(-Math.log(1 - r.nextDouble()) * mean);
    }

    long replies() {
        return reply.count();
    }

    long reactions() {
        return reaction.count();
    }

    /** Replies first: reactions and later replies refer to them. */
    void flush() throws SQLException {
        reply.flush();
        reaction.flush();
    }

    @Override
    public void close() throws SQLException {
        flush();
    }
}

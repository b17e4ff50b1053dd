package org.hros.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.hros.casestudy.Section;
import org.hros.search.bench.GeneratedCorpus;
import org.hros.search.bench.GeneratedCorpus.GeneratedCase;
import org.hros.search.domain.indexing.CaseDocuments;
import org.hros.search.domain.indexing.IndexMaintenance;
import org.hros.shared.Industry;
import org.hros.shared.MarkdownRenderer;
import org.hros.shared.Region;
import org.hros.shared.Slugs;
import org.hros.shared.Vocabulary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Writes a whole made-up community into HROS's database the way the application would have written it, in bulk:
 * members, published cases (working copy, sections, slugs, one or two revisions with their sections, topics and
 * skills), requests with their history, follows and votes, replies on cases and requests, and reactions; then the
 * search documents through the search module's own {@link CaseDocuments#refresh}, and the index through the
 * application's rebuild ({@link IndexMaintenance}, Hibernate Search's mass indexer). Deterministic from the seed:
 * the same seed and size give the same community (database ids aside, which PostgreSQL draws).
 *
 * <p>Proportions per published case: half a member (at least 30), of whom one in five writes; one request per ten
 * cases with about six votes each; about 1.5 replies per case, a third of them answers to another reply; about three
 * "This helped", one bookmark and, on failures, one "Failed too". Attribution: 60 % named, 25 % role only, 15 %
 * anonymous. One case in eight has a second revision.
 */
public final class CommunityLoader {

    /** Every generated member's password, so benchmarks can log in as one. */
    public static final String PASSWORD = "bench-member-password";

    /** The domain of every generated member's address. */
    public static final String EMAIL_DOMAIN = "bench.example";

    private static final int CHUNK = 2_000;
    private static final Duration SPAN = Duration.ofDays(5 * 365);

    /** What was written. */
    public record Summary(
            long members,
            long cases,
            long revisions,
            long requests,
            long votes,
            long replies,
            long reactions,
            long documents,
            boolean embeddings,
            List<String> timings,
            long[] caseIds) {}

    private final DataSource dataSource;
    private final PasswordEncoder passwords;
    private final CaseDocuments documents;
    private final IndexMaintenance index;
    private final PrintStream out;
    private final long seed;
    private final Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<String> timings = new ArrayList<>();

    public CommunityLoader(
            DataSource dataSource,
            PasswordEncoder passwords,
            CaseDocuments documents,
            IndexMaintenance index,
            PrintStream out,
            long seed) {
        this.dataSource = dataSource;
        this.passwords = passwords;
        this.documents = documents;
        this.index = index;
        this.out = out;
        this.seed = seed;
    }

    /** Members for a library of this many cases. */
    static int membersFor(int cases) {
        return Math.max(30, cases / 2);
    }

    static int requestsFor(int cases) {
        return Math.max(5, cases / 10);
    }

    /**
     * Writes a community with {@code cases} published cases, then builds the search documents on {@code threads}
     * threads ({@code embeddings}: whether the search module computes their vectors, as it does when semantic
     * search is on) and rebuilds the index.
     */
    public Summary load(int cases, int threads, boolean embeddings) throws Exception {
        long[] members;
        long[] caseIds;
        long[] counts = new long[6]; // revisions, requests, votes, replies, reactions, -
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            members = members(c, membersFor(cases));
            caseIds = cases(c, cases, members, counts, threads);
            requests(c, requestsFor(cases), cases, members, counts);
        }
        long docs = searchDocuments(caseIds, threads, embeddings);
        rebuildIndex();
        return new Summary(
                members.length,
                cases,
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                counts[4],
                docs,
                embeddings,
                List.copyOf(timings),
                caseIds);
    }

    // Members

    private long[] members(Connection c, int count) throws SQLException {
        long[] ids =
                sequence(c, "select nextval(pg_get_serial_sequence('member', 'id')) from generate_series(1, ?)", count);
        String hash = passwords.encode(PASSWORD);
        int editors = Math.max(2, count / 400);
        Progress progress = new Progress(out, "members", count);
        try (CopyTable member = new CopyTable(
                c,
                "member",
                "id, email, handle, password_hash, display_name, headline, company, company_public, bio, topics,"
                        + " skills, role, email_verified_at, created_at, welcomed_at, last_visit_at, trust_level,"
                        + " days_visited",
                true)) {
            for (int i = 0; i < count; i++) {
                SplittableRandom r = random(1, i);
                String first = Phrases.pick(r, Phrases.FIRST);
                String last = Phrases.pick(r, Phrases.LAST);
                String handle = Slugs.slugify(first + " " + last) + "-" + Long.toString(seed % 1000) + "-" + i;
                Instant joined = end.minus(SPAN).plusSeconds(r.nextLong(SPAN.toSeconds()));
                Instant visit = joined.plusSeconds(
                        r.nextLong(Duration.between(joined, end).toSeconds() + 1));
                String role = i == 0 ? "ADMIN" : i <= editors ? "EDITOR" : "MEMBER";
                String company = Phrases.pick(r, Phrases.COMPANIES);
                member.add(ids[i])
                        .add(handle + "@" + EMAIL_DOMAIN)
                        .add(handle)
                        .add(hash)
                        .add(first + " " + last)
                        .add(Phrases.pick(r, Phrases.ROLES) + " at " + company)
                        .add(company)
                        .add(r.nextBoolean())
                        .add(
                                r.nextInt(3) == 0
                                        ? "I write about "
                                                + Phrases.pick(r, Phrases.REQUEST_GOALS)
                                                        .replace("{0}", Phrases.pick(r, Phrases.REQUEST_ROLES))
                                                + "."
                                        : null)
                        .add("")
                        .add("")
                        .add(role)
                        .add(joined)
                        .add(joined)
                        .add(joined)
                        .add(visit)
                        .add(r.nextInt(4) == 0 ? "REGULAR" : "MEMBER")
                        .add(1 + r.nextInt(200));
                member.end();
                progress.add(1);
            }
        }
        c.commit();
        timings.add(progress.finish());
        return ids;
    }

    /** The member who writes: one member in five, the first ones more often (a few write a lot). */
    private static long author(SplittableRandom r, long[] members) {
        int writers = Math.max(1, members.length / 5);
        double u = r.nextDouble();
        return members[(int) (writers * u * u)];
    }

    // Cases

    /** A case's texts and their HTML, made on the worker threads: rendering is most of the work of writing. */
    private record Written(GeneratedCase g, Map<String, String> texts, Map<String, String> html) {}

    private long[] cases(Connection c, int count, long[] members, long[] counts, int threads) throws Exception {
        GeneratedCorpus corpus = new GeneratedCorpus(seed);
        java.util.concurrent.ForkJoinPool workers = new java.util.concurrent.ForkJoinPool(threads);
        long[] ids = new long[count];
        int editors = Math.max(2, members.length / 400);
        Progress progress = new Progress(out, "cases", count);
        try (CopyTable study = new CopyTable(
                        c,
                        "case_study",
                        "id, type, status, author_id, attribution, role_descriptor, title, slug, outcome, topics,"
                                + " skills, size_band, industry, region, team_size, context_year, licence,"
                                + " vendor_disclosure, reviewer_id, review_round, published_revision, created_at,"
                                + " updated_at, submitted_at, helpful_count");
                CopyTable section = new CopyTable(c, "case_section", "case_id, section, markdown, html");
                CopyTable slug = new CopyTable(c, "case_slug", "case_id, slug");
                CopyTable revision = new CopyTable(
                        c,
                        "case_revision",
                        "id, case_id, revision_no, current, type, title, slug, outcome, size_band, industry, region,"
                                + " team_size, context_year, licence, vendor_disclosure, excerpt, published_at,"
                                + " editor_id");
                CopyTable revisionSection =
                        new CopyTable(c, "case_revision_section", "revision_id, section, markdown, html");
                CopyTable topic = new CopyTable(c, "case_revision_topic", "revision_id, topic");
                CopyTable skill = new CopyTable(c, "case_revision_skill", "revision_id, skill");
                CopyTable helpful = new CopyTable(c, "search_helpful", "subject_type, subject_id, helpful");
                Discussion discussion = new Discussion(c, members)) {
            IdPool revisionPool = new IdPool(c, "nextval(pg_get_serial_sequence('case_revision', 'id'))");
            for (int from = 0; from < count; from += CHUNK) {
                int to = Math.min(count, from + CHUNK);
                long[] chunk = sequence(
                        c, "select scrambled_id(nextval('case_number'), 'case') from generate_series(1, ?)", to - from);
                System.arraycopy(chunk, 0, ids, from, chunk.length);
                int first = from;
                Written[] written = workers.submit(() -> java.util.stream.IntStream.range(first, to)
                                .parallel()
                                .mapToObj(i -> {
                                    GeneratedCase g = corpus.generate(i);
                                    Map<String, String> texts = sections(g, random(4, i));
                                    Map<String, String> html = new LinkedHashMap<>();
                                    texts.forEach((k, v) -> html.put(k, MarkdownRenderer.toSafeHtml(v)));
                                    return new Written(g, texts, html);
                                })
                                .toArray(Written[]::new))
                        .get();
                for (int i = from; i < to; i++) {
                    GeneratedCase g = written[i - from].g();
                    SplittableRandom r = random(2, i);
                    long id = ids[i];
                    long authorId = author(r, members);
                    long editorId = members[1 + r.nextInt(editors)];
                    int a = r.nextInt(100);
                    String attribution = a < 60 ? "NAMED" : a < 85 ? "ROLE_ONLY" : "ANONYMOUS";
                    String roleDescriptor = attribution.equals("ROLE_ONLY") ? Phrases.roleDescriptor(r) : null;
                    Instant published = end.minus(SPAN).plusMillis(SPAN.toMillis() / count * i);
                    Instant created = published.minus(Duration.ofHours(24 + r.nextInt(24 * 20)));
                    int revisions = r.nextInt(8) == 0 ? 2 : 1;
                    Instant republished =
                            revisions == 2 ? published.plus(Duration.ofHours(1 + r.nextInt(24 * 30))) : published;
                    if (republished.isAfter(end)) {
                        republished = end;
                    }
                    Map<String, String> texts = written[i - from].texts();
                    Map<String, String> html = written[i - from].html();
                    String slugText = Slugs.slugify(g.title());
                    String topics = Vocabulary.joinAll(g.topics().stream()
                            .map(t -> Vocabulary.fromSlug(org.hros.shared.Topic.class, t)
                                    .orElseThrow())
                            .toList());
                    String skills = Vocabulary.joinAll(g.skills().stream()
                            .map(t -> Vocabulary.fromSlug(org.hros.shared.Skill.class, t)
                                    .orElseThrow())
                            .toList());
                    String industry = Vocabulary.fromSlug(Industry.class, g.industry())
                            .orElseThrow()
                            .slug();
                    String region = Vocabulary.fromSlug(Region.class, g.region())
                            .orElseThrow()
                            .slug();
                    int teamSize = 1 + r.nextInt(40);
                    String vendor =
                            r.nextInt(5) == 0 ? "We paid for the tool we describe; no other relationship." : "None.";
                    // Reactions and replies, so that the working copy's "most helpful" count matches them.
                    long helped = discussion.onCase(id, authorId, g.outcome(), published, r);
                    study.add(id)
                            .add(g.type())
                            .add("PUBLISHED")
                            .add(authorId)
                            .add(attribution)
                            .add(roleDescriptor)
                            .add(g.title())
                            .add(slugText)
                            .add(g.outcome())
                            .add(topics)
                            .add(skills)
                            .add(g.sizeBand())
                            .add(industry)
                            .add(region)
                            .add(teamSize)
                            .add(g.year())
                            .add(g.licence())
                            .add(vendor)
                            .add(editorId)
                            .add(revisions)
                            .add(revisions)
                            .add(created)
                            .add(republished)
                            .add(created.plus(Duration.ofHours(12)))
                            .add(helped);
                    study.end();
                    html.forEach((k, v) -> row(section, id, k, texts.get(k), v));
                    slug.add(id).add(slugText);
                    slug.end();
                    if (helped > 0) {
                        helpful.add("CASE").add(id).add(helped);
                        helpful.end();
                    }
                    for (int n = 1; n <= revisions; n++) {
                        long revisionId = revisionPool.next();
                        Map<String, String> revisionHtml = html;
                        Map<String, String> revisionTexts = texts;
                        if (n < revisions) {
                            // The first publication, before the author added what they learnt since.
                            revisionTexts = new LinkedHashMap<>(texts);
                            revisionHtml = new LinkedHashMap<>(html);
                            String lead = g.type().equals("SPARK") ? "learnings" : "lessons";
                            String earlier = revisionTexts.get(lead).replace(LATER, "");
                            revisionTexts.put(lead, earlier);
                            revisionHtml.put(lead, MarkdownRenderer.toSafeHtml(earlier));
                        }
                        String leadKey = g.type().equals("SPARK") ? Section.WHY.key() : Section.SUMMARY.key();
                        revision.add(revisionId)
                                .add(id)
                                .add(n)
                                .add(n == revisions)
                                .add(g.type())
                                .add(g.title())
                                .add(slugText)
                                .add(g.outcome())
                                .add(g.sizeBand())
                                .add(industry)
                                .add(region)
                                .add(teamSize)
                                .add(g.year())
                                .add(g.licence())
                                .add(vendor)
                                .add(MarkdownRenderer.toPlainText(revisionHtml.get(leadKey), 280))
                                .add(n == revisions ? republished : published)
                                .add(editorId);
                        revision.end();
                        Map<String, String> t = revisionTexts;
                        revisionHtml.forEach((k, v) -> row(revisionSection, revisionId, k, t.get(k), v));
                        for (String s : g.topics()) {
                            topic.add(revisionId).add(s);
                            topic.end();
                        }
                        for (String s : g.skills()) {
                            skill.add(revisionId).add(s);
                            skill.end();
                        }
                    }
                    counts[0] += revisions;
                    progress.add(1);
                }
                // Parents before children: the revisions and replies refer to the rows of this chunk.
                for (CopyTable t :
                        new CopyTable[] {study, section, slug, revision, revisionSection, topic, skill, helpful}) {
                    t.flush();
                }
                discussion.flush();
                c.commit();
            }
            counts[3] += discussion.replies();
            counts[4] += discussion.reactions();
        } finally {
            workers.shutdownNow();
        }
        timings.add(progress.finish());
        return ids;
    }

    private static final String LATER = "\n\nA year on, we still use what we learnt here.";

    /** The case's sections as its author wrote them, with the optional ones some authors fill. */
    private static Map<String, String> sections(GeneratedCase g, SplittableRandom r) {
        Map<String, String> texts = new LinkedHashMap<>(g.sections());
        if (g.type().equals("CASE_STUDY") && r.nextInt(5) < 2) {
            texts.put(Section.LUCKY.key(), LUCK[r.nextInt(LUCK.length)]);
        }
        if (r.nextInt(3) == 0) {
            texts.put(Section.RESOURCES.key(), RESOURCES[r.nextInt(RESOURCES.length)]);
        }
        String lead = g.type().equals("SPARK") ? "learnings" : "lessons";
        texts.put(lead, texts.get(lead) + LATER);
        return texts;
    }

    private static final String[] LUCK = {
        "A hiring manager who had been a candidate the year before championed the change.",
        "The market cooled just as we launched, so we had fewer applications to handle.",
        "Our ATS vendor shipped the feature we needed a month before the pilot.",
        "A local news story about our open day brought in twice the visitors we expected."
    };

    private static final String[] RESOURCES = {
        "- Our scorecard template (ask in the comments)\n- The candidate survey we used",
        "- A spreadsheet of funnel numbers by week\n- The brief we gave hiring managers",
        "- The job advert before and after\n- A checklist for the pilot"
    };

    private static void row(CopyTable table, long id, String section, String markdown, String html) {
        try {
            table.add(id).add(section).add(markdown).add(html);
            table.end();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // Requests

    private void requests(Connection c, int count, int cases, long[] members, long[] counts) throws SQLException {
        long[] ids = sequence(
                c, "select nextval(pg_get_serial_sequence('request', 'id')) from generate_series(1, ?)", count);
        int editors = Math.max(2, members.length / 400);
        Progress progress = new Progress(out, "requests", count);
        try (CopyTable request = new CopyTable(
                        c,
                        "request",
                        "id, author_id, title, slug, description_markdown, description_html, topics, skills,"
                                + " size_band, industry, status, created_at, updated_at");
                CopyTable history = new CopyTable(
                        c, "request_status_change", "request_id, from_status, to_status, changed_by, changed_at");
                CopyTable follow = new CopyTable(c, "request_follow", "request_id, member_id, created_at");
                CopyTable vote = new CopyTable(c, "request_vote", "request_id, member_id, created_at");
                Discussion discussion = new Discussion(c, members)) {
            for (int i = 0; i < count; i++) {
                SplittableRandom r = random(3, i);
                long id = ids[i];
                long authorId = members[r.nextInt(members.length)];
                String title = Phrases.requestTitle(r);
                String description = Phrases.requestDescription(r);
                Instant posted = end.minus(SPAN).plusMillis(SPAN.toMillis() / count * i);
                boolean sourcing = r.nextInt(5) == 0;
                List<org.hros.shared.Topic> topics = org.hros.shared.Topic.active();
                List<org.hros.shared.Skill> skills = org.hros.shared.Skill.active();
                org.hros.shared.Topic topic = topics.get(r.nextInt(topics.size()));
                org.hros.shared.Skill skill = skills.get(r.nextInt(skills.size()));
                request.add(id)
                        .add(authorId)
                        .add(title)
                        .add(Slugs.slugify(title))
                        .add(description)
                        .add(Html.of(description))
                        .add(Vocabulary.joinAll(List.of(topic)))
                        .add(Vocabulary.joinAll(List.of(skill)))
                        .add(null)
                        .add(null)
                        .add(sourcing ? "SOURCING" : "OPEN")
                        .add(posted)
                        .add(posted);
                request.end();
                history.add(id).add(null).add("OPEN").add(authorId).add(posted);
                history.end();
                if (sourcing) {
                    history.add(id)
                            .add("OPEN")
                            .add("SOURCING")
                            .add(members[1 + r.nextInt(editors)])
                            .add(past(posted.plus(Duration.ofDays(2))));
                    history.end();
                }
                follow.add(id).add(authorId).add(posted);
                follow.end();
                // Votes: most requests get a few, some get many.
                int votes = (int) Math.min(members.length - 1, Math.round(-Math.log(1 - r.nextDouble()) * 6));
                for (long voter : distinctMembers(r, members, votes, authorId)) {
                    vote.add(id).add(voter).add(past(posted.plus(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 30)))));
                    vote.end();
                }
                counts[2] += votes;
                discussion.onRequest(id, authorId, posted, r);
                progress.add(1);
            }
            request.flush();
            history.flush();
            follow.flush();
            vote.flush();
            discussion.flush();
            counts[1] += count;
            counts[3] += discussion.replies();
            counts[4] += discussion.reactions();
        }
        c.commit();
        timings.add(progress.finish());
    }

    static long[] distinctMembers(SplittableRandom r, long[] members, int n, long except) {
        java.util.LinkedHashSet<Long> picked = new java.util.LinkedHashSet<>();
        int want = Math.min(n, members.length - 1);
        while (picked.size() < want) {
            long m = members[r.nextInt(members.length)];
            if (m != except) {
                picked.add(m);
            }
        }
        return picked.stream().mapToLong(Long::longValue).toArray();
    }

    // Search documents and the index

    /** Cases whose documents are first made one at a time, as publication makes them, to compare the rates. */
    static final int ONE_AT_A_TIME_SAMPLE = 400;

    /** Cases in one set-based batch, as the rebuild's reconciliation takes them. */
    static final int BATCH = 250;

    /**
     * The search documents, made by the search module: first a sample one case at a time on {@code threads}
     * threads (what publication does, and what the rebuild did before it worked in batches), then every case in
     * set-based batches of {@link #BATCH} on {@code threads} threads, the sample's cases again included (their
     * vectors, from the same revision, are kept). Both rates go into the report.
     */
    private long searchDocuments(long[] caseIds, int threads, boolean embeddings) throws Exception {
        int sample = Math.min(ONE_AT_A_TIME_SAMPLE, caseIds.length);
        String what = embeddings ? "documents+vectors" : "documents";
        Progress single = new Progress(out, what + ", one case at a time (sample)", sample);
        runOn(threads, (sample + 0L), i -> {
            documents.refresh(caseIds[(int) i]);
            single.add(1);
        });
        timings.add(single.finish() + " on " + threads + " threads, CaseDocuments.refresh(id)");
        // The batches compute the sample's vectors again, so that both rates cover the same work.
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update case_document set embedding = null, embedded_revision = null where id = any(?)")) {
            s.setArray(
                    1,
                    c.createArrayOf(
                            "bigint",
                            java.util.Arrays.stream(caseIds, 0, sample).boxed().toArray()));
            s.executeUpdate();
        }
        Progress batched = new Progress(out, what + ", in batches of " + BATCH, caseIds.length);
        int batches = (caseIds.length + BATCH - 1) / BATCH;
        runOn(threads, batches, b -> {
            int from = (int) b * BATCH;
            int to = Math.min(caseIds.length, from + BATCH);
            List<Long> ids = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                ids.add(caseIds[i]);
            }
            documents.refreshBeforeMassIndexing(ids); // as the rebuild writes them: the mass indexer follows
            batched.add(to - from);
        });
        timings.add(batched.finish() + " on " + threads + " threads, CaseDocuments.refreshBeforeMassIndexing(ids)");
        return caseIds.length;
    }

    private interface Task {
        void run(long i) throws Exception;
    }

    /** Runs {@code task} for 0 to {@code count - 1} on {@code threads} threads. */
    private static void runOn(int threads, long count, Task task) throws Exception {
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    long i;
                    while ((i = next.getAndIncrement()) < count) {
                        task.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void rebuildIndex() throws InterruptedException {
        while (!index.rebuild()) {
            Thread.sleep(200); // the rebuild HROS starts by itself on an empty index folder
        }
        Progress progress = null;
        IndexMaintenance.Status status;
        do {
            Thread.sleep(500);
            status = index.status();
            if (progress == null && status.total() > 0) {
                progress = new Progress(out, "mass indexer", status.total());
            }
            if (progress != null) {
                progress.set(status.done());
            }
        } while (status.rebuilding());
        if (status.failed()) {
            throw new IllegalStateException("the index rebuild failed; see the log");
        }
        Duration took = Duration.between(status.startedAt(), status.finishedAt());
        timings.add(String.format(
                Locale.ROOT,
                "index rebuild (documents checked against the library, then the mass indexer): %,d documents in %.1f s,"
                        + " %,.0f docs/s",
                status.done(),
                took.toMillis() / 1000.0,
                status.done() * 1000.0 / Math.max(1, took.toMillis())));
        if (progress != null) {
            progress.finish();
        }
        settleOutbox();
    }

    private static final String PENDING_INDEX_CHANGES =
            "select count(*) from hsearch_outbox_event where status = 'PENDING'";

    /**
     * Waits until Hibernate Search's agent has applied every index change still in its outbox (the sample's, made
     * one case at a time as publication makes them), so that the folder handed to the benchmark is at rest: a
     * listing trusts the index's facet counts only while no case document change waits there.
     */
    private void settleOutbox() throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long pending = jdbc.queryForObject(PENDING_INDEX_CHANGES, Long.class);
        Progress progress = new Progress(out, "outbox after rebuild", pending);
        long left = pending;
        while (left > 0) {
            Thread.sleep(500);
            left = jdbc.queryForObject(PENDING_INDEX_CHANGES, Long.class);
            progress.set(pending - left);
        }
        timings.add(progress.finish() + " (index changes still queued after the rebuild, applied by the agent)");
    }

    // Helpers

    private Instant past(Instant t) {
        return t.isAfter(end) ? end : t;
    }

    private SplittableRandom random(int stream, long i) {
        return new SplittableRandom(seed * 1_000_003L + stream * 7_919_000_003L + i * 31L);
    }

    static long[] sequence(Connection c, String sql, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, count);
            try (ResultSet rs = s.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    ids[i++] = rs.getLong(1);
                }
            }
        }
        return ids;
    }
}

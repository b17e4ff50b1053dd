package org.hros.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.CaseCommand;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.SampleLibrary;
import org.hros.casestudy.Section;
import org.hros.member.MemberOnboarding;
import org.hros.member.MemberRole;
import org.hros.shared.Industry;
import org.hros.shared.Region;
import org.hros.shared.SizeBand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the demo members and the sample cases under {@code demo/cases/} into an empty library, with everything that
 * goes with them (requests, tracks, a circle, sessions, a team), in one transaction: a start stopped during the load
 * (Ctrl-C, a benchmark that stops at the first page) leaves nothing of it, and the next start loads it all again.
 */
@Component
@Profile("demo")
class DemoCommunity {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

    /** The demo members: handle key, display name, headline, role. Their addresses are key@example.org. */
    static final List<DemoMember> MEMBERS = List.of(
            new DemoMember("maya", "Maya Okafor", "Head of Employer Brand", MemberRole.MEMBER),
            new DemoMember("jonas", "Jonas Lindqvist", "Sourcing Lead", MemberRole.MEMBER),
            new DemoMember("priya", "Priya Raman", "Recruiting Analytics Manager", MemberRole.MEMBER),
            new DemoMember("tomas", "Tomás Herrera", "Talent Marketing Manager", MemberRole.MEMBER),
            new DemoMember("aiko", "Aiko Tanaka", "People Partner, Onboarding", MemberRole.MEMBER),
            new DemoMember("sam", "Sam Whitfield", "Technical Recruiter", MemberRole.MEMBER),
            new DemoMember("elena", "Elena Marsh", "Community Editor", MemberRole.EDITOR));

    private final MemberOnboarding members;
    private final SampleLibrary library;
    private final DemoAgenda agenda;
    private final DemoPeerLearning peerLearning;
    private final DemoTracks demoTracks;
    private final DemoSessions demoSessions;
    private final DemoTeam demoTeam;
    private final Clock clock;
    private final String memberPassword;
    private final String editorPassword;
    private final TransactionTemplate transaction;

    DemoCommunity(
            MemberOnboarding members,
            SampleLibrary library,
            DemoAgenda agenda,
            DemoPeerLearning peerLearning,
            DemoTracks demoTracks,
            DemoSessions demoSessions,
            DemoTeam demoTeam,
            Clock clock,
            DemoProperties demoProperties,
            PlatformTransactionManager transactions) {
        this.members = members;
        this.library = library;
        this.agenda = agenda;
        this.peerLearning = peerLearning;
        this.demoTracks = demoTracks;
        this.demoSessions = demoSessions;
        this.demoTeam = demoTeam;
        this.clock = clock;
        this.memberPassword = demoProperties.memberPassword();
        this.editorPassword = demoProperties.editorPassword();
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        loadIfEmpty();
    }

    /**
     * Loads the demo community unless the library already holds cases. The services called join this one
     * transaction, and the events they publish are handled once it commits.
     *
     * @return whether it was loaded now
     */
    boolean loadIfEmpty() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!library.isEmpty()) {
                return false;
            }
            log.info("Loading the demo community");
            try {
                load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }));
    }

    private void load() throws IOException {
        Map<String, Long> ids = new HashMap<>();
        for (DemoMember m : MEMBERS) {
            String password = m.role() == MemberRole.EDITOR ? editorPassword : memberPassword;
            ids.put(
                    m.key(),
                    members.registerSample(m.key() + "@example.org", m.name(), password, m.role(), m.headline(), null));
        }
        Long inspiringCase = null;
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/cases/*.yml");
        Arrays.sort(files, (a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
        Map<String, Long> caseIds = new HashMap<>();
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                long author = ids.get((String) yaml.get("author"));
                int daysAgo = ((Number) yaml.get("publishedDaysAgo")).intValue();
                CaseCommand command = command(yaml);
                long id = library.publishSample(author, command, clock.instant().minus(Duration.ofDays(daysAgo)));
                caseIds.put(file.getFilename(), id);
                if (inspiringCase == null
                        && command.outcome() == Outcome.FAILURE
                        && command.attribution() == AttributionMode.NAMED) {
                    inspiringCase = id;
                }
            }
        }
        // A couple of submissions wait in the editors' queue, so the review desk is not empty either.
        Resource[] submissions =
                new PathMatchingResourcePatternResolver().getResources("classpath:demo/submissions/*.yml");
        for (Resource file : submissions) {
            try (InputStream in = file.getInputStream()) {
                Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                library.submitSample(ids.get((String) yaml.get("author")), command(yaml));
            }
        }
        Map<String, Long> requestIds = new HashMap<>();
        int requests = agenda.load(ids, caseIds, requestIds);
        Map<String, DemoTracks.PublishedTrack> published = new HashMap<>();
        int tracks = demoTracks.load(ids.get("elena"), caseIds, requestIds, published);
        peerLearning.load(ids, inspiringCase);
        int sessions = demoSessions.load(ids, caseIds, requestIds);
        demoTeam.load(ids, published);
        log.info(
                "Loaded the demo community: {} members, {} sample cases, {} submissions awaiting review, {}"
                        + " requests, {} tracks, {} live sessions, a circle, practice goals and a team in training",
                MEMBERS.size(),
                files.length,
                submissions.length,
                requests,
                tracks,
                sessions);
    }

    @SuppressWarnings("unchecked")
    static CaseCommand command(Map<String, Object> yaml) {
        Map<String, Object> context = (Map<String, Object>) yaml.get("context");
        Map<String, String> texts = (Map<String, String>) yaml.get("sections");
        Map<Section, String> sections = new EnumMap<>(Section.class);
        texts.forEach((key, text) -> sections.put(Section.fromKey(key).orElseThrow(), text));
        return new CaseCommand(
                CaseType.valueOf((String) yaml.get("type")),
                (String) yaml.get("title"),
                Outcome.valueOf((String) yaml.get("outcome")),
                words(Topic.class, (List<String>) yaml.get("topics")),
                words(Skill.class, (List<String>) yaml.get("skills")),
                new CaseContext(
                        Vocabulary.fromSlug(SizeBand.class, (String) context.get("sizeBand"))
                                .orElseThrow(),
                        Vocabulary.fromSlug(Industry.class, (String) context.get("industry"))
                                .orElseThrow(),
                        Vocabulary.fromSlug(Region.class, (String) context.get("region"))
                                .orElseThrow(),
                        (Integer) context.get("teamSize"),
                        (Integer) context.get("year")),
                Licence.valueOf((String) yaml.get("licence")),
                (String) yaml.get("vendorDisclosure"),
                AttributionMode.valueOf((String) yaml.get("attribution")),
                (String) yaml.get("roleDescriptor"),
                sections,
                null);
    }

    static <E extends Vocabulary> List<E> words(Class<E> type, List<String> slugs) {
        List<E> words = new ArrayList<>();
        for (String slug : slugs) {
            words.add(Vocabulary.fromSlug(type, slug).orElseThrow(() -> new IllegalArgumentException(slug)));
        }
        return words;
    }

    record DemoMember(String key, String name, String headline, MemberRole role) {}
}

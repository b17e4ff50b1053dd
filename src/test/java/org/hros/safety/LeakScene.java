package org.hros.safety;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.casestudy.Section;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.Viewer;
import org.hros.discussion.domain.DiscussionService;
import org.hros.discussion.domain.ReactionService;
import org.hros.member.MemberRole;
import org.hros.member.domain.MemberService;
import org.hros.member.domain.ProfileCommand;
import org.hros.shared.Slugs;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.hros.shared.Topic;
import org.hros.support.MutableClock;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Fixtures;
import org.hros.support.TestFixtures.Person;
import org.hros.support.TestMail;
import org.hros.team.domain.TeamInvitations;
import org.hros.team.domain.TeamService;
import org.springframework.context.ApplicationContext;

/**
 * The state a leak suite runs against: canary members, their cases at every stage of the lifecycle, the
 * editor who reviewed them and a control member who writes under their own name. Everything is made through
 * the application's own services, so review mails and events happen as they would in use.
 */
final class LeakScene {

    /** Where a canary's case stands. */
    enum Stage {
        PUBLISHED,
        WITHDRAWN,
        WITH_THE_EDITOR,
        RETURNED
    }

    /** A case a canary wrote. */
    record SceneCase(long id, Canary author, AttributionMode mode, String title, Stage stage) {

        String path() {
            return "/cases/" + id + "/" + Slugs.slugify(title);
        }
    }

    /**
     * One way canary identities get into the application. The suite runs every setter before it looks at the
     * outputs, so a new way (replies, votes, offers of experience) is one more setter.
     */
    record SceneSetter(String description, Consumer<LeakScene> action) {}

    private final Fixtures fixtures;
    private final MutableClock clock;
    private final MemberService members;
    private final Browser visitor;
    private final ApplicationContext context;
    private final Person editor;
    private final List<Long> replies = new ArrayList<>();
    private final List<Long> teams = new ArrayList<>();
    private final List<Canary> canaries = new ArrayList<>();
    private final List<SceneCase> cases = new ArrayList<>();
    private final Map<String, Integer> expectedMails = new LinkedHashMap<>();
    private LeakScanner scanner;
    private Person control;
    private long controlCase;

    LeakScene(
            Fixtures fixtures, MutableClock clock, MemberService members, Browser visitor, ApplicationContext context) {
        this.fixtures = fixtures;
        this.clock = clock;
        this.members = members;
        this.visitor = visitor;
        this.context = context;
        this.editor = fixtures.member(MemberRole.EDITOR);
    }

    /** A member made of canary strings; the handle is derived by the application, and checked here. */
    Canary canary(
            String displayName, String email, String company, String headline, String bio, boolean companyPublic) {
        long id = fixtures.members()
                .registerSample(email, displayName, TestFixtures.PASSWORD, MemberRole.MEMBER, headline, company);
        members.updateProfile(
                id,
                new ProfileCommand(
                        displayName, headline, company, companyPublic, bio, Set.of(Topic.of("dei")), Set.of()));
        String handle = members.ownProfile(id).handle();
        if (!handle.equals(Slugs.slugify(displayName))) {
            throw new IllegalStateException("Canary handle " + handle + " is not made of the canary's name");
        }
        Canary canary = new Canary(id, displayName, handle, email, company, headline, bio);
        canaries.add(canary);
        return canary;
    }

    /**
     * A case through the whole review: submitted, claimed, annotated with notes that quote the author's private
     * details (as an editor asking to remove them would), returned, resubmitted and published.
     */
    SceneCase publishAfterReview(Canary author, String title, AttributionMode mode) {
        long id = returnedWithNotes(author, title, mode);
        fixtures.authoring().submit(author.id(), id);
        publish(id);
        expectMail(author.email(), 1);
        return add(new SceneCase(id, author, mode, title, Stage.PUBLISHED));
    }

    /** Edits a published case and publishes the edit as its next revision. */
    void publishRevision(SceneCase published, String newTitle) {
        fixtures.authoring()
                .saveDraft(
                        published.author().id(),
                        published.id(),
                        TestFixtures.completeCase(newTitle, Outcome.FAILURE, Topic.of("dei"), published.mode()));
        fixtures.authoring().submit(published.author().id(), published.id());
        publish(published.id());
        expectMail(published.author().email(), 1);
        cases.remove(published);
        add(new SceneCase(published.id(), published.author(), published.mode(), newTitle, Stage.PUBLISHED));
    }

    /** A case sent back to its author with notes, and not resubmitted yet. */
    SceneCase returned(Canary author, String title, AttributionMode mode) {
        return add(new SceneCase(returnedWithNotes(author, title, mode), author, mode, title, Stage.RETURNED));
    }

    /** A case an editor has claimed and is annotating. */
    SceneCase withTheEditor(Canary author, String title, AttributionMode mode) {
        long id = fixtures.authoring()
                .createDraft(author.id(), TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("dei"), mode));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().addNote(id, editor.id(), Section.RESULTS, quoting(author));
        return add(new SceneCase(id, author, mode, title, Stage.WITH_THE_EDITOR));
    }

    /** Withdraws a published case: it answers 410 Gone from then on. */
    void withdraw(SceneCase published) {
        fixtures.authoring().withdraw(published.author().id(), published.id());
        cases.remove(published);
        add(new SceneCase(published.id(), published.author(), published.mode(), published.title(), Stage.WITHDRAWN));
    }

    /** Makes a published case more private; allowed at once, without confirmation. */
    void makeAnonymous(SceneCase published) {
        fixtures.authoring()
                .changeAttribution(published.author().id(), published.id(), AttributionMode.ANONYMOUS, null, false);
        cases.remove(published);
        add(new SceneCase(
                published.id(), published.author(), AttributionMode.ANONYMOUS, published.title(), published.stage()));
    }

    /** A reply on a published case's thread, through the application's own discussion service. */
    long reply(long memberId, SceneCase on, String text, Long parentId) {
        long id = context.getBean(DiscussionService.class)
                .post(new SubjectRef(SubjectType.CASE, on.id()), memberId, text, parentId);
        replies.add(id);
        return id;
    }

    /** Edits one's own reply, so that its history is an output too. */
    void editReply(long memberId, long replyId, String text) {
        context.getBean(DiscussionService.class).edit(replyId, memberId, text);
    }

    /** Removes one's own reply: its place stays in the thread. */
    void removeReply(long memberId, long replyId) {
        context.getBean(DiscussionService.class).remove(replyId, new Viewer(memberId, false));
    }

    /** Gives a reaction to a case or a reply. */
    void react(long memberId, SubjectType type, long id, ReactionKind kind) {
        context.getBean(ReactionService.class).set(new SubjectRef(type, id), memberId, kind, true);
    }

    /**
     * A team led by one canary with another canary in it, and an invitation mailed to a member who is no canary: its
     * page, member list and API answer outsiders as if it did not exist, and the invitation names only the team.
     */
    long team(Canary lead, Canary member, String name) {
        TeamService service = context.getBean(TeamService.class);
        TeamInvitations invitations = context.getBean(TeamInvitations.class);
        long id = service.create(lead.id(), name, "Learning careers-site HTML, led by " + lead.displayName());
        invitations.invite(id, lead.id(), member.email());
        expectMail(member.email(), 1);
        String link = TestMail.link(member.email(), "/teams/invitations/");
        invitations.join(link.substring(link.lastIndexOf('/') + 1), member.id());
        Person invitee = fixtures.member(MemberRole.MEMBER);
        invitations.invite(id, lead.id(), invitee.email());
        expectMail(invitee.email(), 1);
        teams.add(id);
        return id;
    }

    /** Every team the scene made, for probes and the API sweep's path parameters. */
    List<Long> teams() {
        return teams;
    }

    /** Every reply the scene posted, for the API sweep's path parameters. */
    List<Long> replies() {
        return replies;
    }

    /** A member who is no canary and takes part in discussions under their own name. */
    Person member() {
        return fixtures.member(MemberRole.MEMBER);
    }

    /** A member who is no canary and publishes under their own name: the crawl must find them. */
    void control(String title) {
        control = fixtures.member(MemberRole.MEMBER);
        long id = fixtures.authoring()
                .createDraft(
                        control.id(),
                        TestFixtures.completeCase(title, Outcome.MIXED, Topic.of("dei"), AttributionMode.NAMED));
        fixtures.authoring().submit(control.id(), id);
        publish(id);
        expectMail(control.email(), 1);
        controlCase = id;
    }

    private long returnedWithNotes(Canary author, String title, AttributionMode mode) {
        long id = fixtures.authoring()
                .createDraft(author.id(), TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("dei"), mode));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().addNote(id, editor.id(), Section.SUMMARY, quoting(author));
        fixtures.reviews().returnToAuthor(id, editor.id(), "Thanks, " + author.displayName() + ": see the notes.");
        expectMail(author.email(), 1);
        return id;
    }

    private void publish(long id) {
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
    }

    private static String quoting(Canary author) {
        return "This names " + author.company() + " and reads like " + author.headline() + "; readers could find you ("
                + author.email() + "). Please say \"a retailer\" instead.";
    }

    private SceneCase add(SceneCase c) {
        cases.add(c);
        return c;
    }

    /**
     * Waits for the mail, then lets an hour pass: a member gets at most one mail an hour about their reviews, and
     * the suite wants each review result in a mail of its own.
     */
    private void expectMail(String address, int count) {
        int total = expectedMails.merge(address, count, Integer::sum);
        TestMail.to(address, total);
        clock.advance(Duration.ofMinutes(61));
    }

    /** The scanner for every canary of the scene; canaries cannot be added once it exists. */
    LeakScanner scanner() {
        if (scanner == null) {
            scanner = new LeakScanner(canaries);
        }
        return scanner;
    }

    /** A logged-out reader, for setters that need readers to have seen something before it changes. */
    Browser visitor() {
        return visitor;
    }

    List<Canary> canaries() {
        return canaries;
    }

    List<SceneCase> cases() {
        return cases;
    }

    List<SceneCase> cases(Stage stage) {
        return cases.stream().filter(c -> c.stage() == stage).toList();
    }

    Map<String, Integer> expectedMails() {
        return expectedMails;
    }

    Person editor() {
        return editor;
    }

    ApplicationContext context() {
        return context;
    }

    Person control() {
        return control;
    }

    long controlCase() {
        return controlCase;
    }

    String controlPath(String title) {
        return "/cases/" + controlCase + "/" + Slugs.slugify(title);
    }
}

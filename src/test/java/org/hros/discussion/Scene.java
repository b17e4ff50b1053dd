package org.hros.discussion;

import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.Outcome;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberRole;
import org.hros.shared.Slugs;
import org.hros.shared.Topic;
import org.hros.support.TestFixtures;
import org.hros.support.TestFixtures.Fixtures;
import org.hros.support.TestFixtures.Person;

/** Cases and members for discussion tests, made through the application's own services. */
final class Scene {

    private final Fixtures fixtures;
    final Person editor;

    Scene(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.editor = fixtures.member(MemberRole.EDITOR);
    }

    /** A case published under the given attribution; returns its id. */
    long published(Person author, String title, AttributionMode mode) {
        long id = fixtures.authoring()
                .createDraft(
                        author.id(), TestFixtures.completeCase(title, Outcome.FAILURE, Topic.of("sourcing"), mode));
        fixtures.authoring().submit(author.id(), id);
        fixtures.reviews().claim(id, editor.id());
        fixtures.reviews().publish(id, editor.id());
        return id;
    }

    static String path(long id, String title) {
        return "/cases/" + id + "/" + Slugs.slugify(title);
    }

    static String handle(Person person) {
        return Slugs.slugify(person.name());
    }

    static MemberPrincipal principal(Person p, MemberRole role) {
        return new MemberPrincipal(p.id(), p.email(), handle(p), p.name(), role, true, "");
    }

    static MemberPrincipal principal(Person p) {
        return principal(p, MemberRole.MEMBER);
    }
}

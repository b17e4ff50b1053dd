package org.hros.casestudy.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.casestudy.AttributionMode;
import org.hros.casestudy.AttributionView;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what readers see of a case's author. A member's card is looked up only for
 * named cases; for the others the author's id never leaves this class.
 */
@Component
class AttributionPolicy {

    private static final AttributionView ANONYMOUS =
            new AttributionView(AttributionMode.ANONYMOUS, null, null, null, null);

    private final MemberDirectory members;

    AttributionPolicy(MemberDirectory members) {
        this.members = members;
    }

    AttributionView publicView(AttributionMode mode, String roleDescriptor, long authorId) {
        return switch (mode) {
            case NAMED -> members.find(authorId).map(AttributionPolicy::named).orElse(ANONYMOUS);
            case ROLE_ONLY -> roleOnly(roleDescriptor);
            case ANONYMOUS -> ANONYMOUS;
        };
    }

    /**
     * Whether the author of a case credited this way takes part in its discussion under the per-case pseudonym
     * "Author of this case": on every case that does not name them.
     */
    static boolean authorSpeaksUnderPseudonym(AttributionMode mode) {
        return mode != AttributionMode.NAMED;
    }

    /** Views for many cases at once, with one member look-up for all their named authors. */
    Map<Long, AttributionView> publicViews(Collection<Credit> credits) {
        Set<Long> namedAuthors = credits.stream()
                .filter(c -> c.mode() == AttributionMode.NAMED)
                .map(Credit::authorId)
                .collect(Collectors.toSet());
        Map<Long, MemberCard> cards = members.cards(namedAuthors);
        return credits.stream().collect(Collectors.toMap(Credit::caseId, c -> switch (c.mode()) {
            case NAMED -> cards.containsKey(c.authorId()) ? named(cards.get(c.authorId())) : ANONYMOUS;
            case ROLE_ONLY -> roleOnly(c.roleDescriptor());
            case ANONYMOUS -> ANONYMOUS;
        }));
    }

    private static AttributionView named(MemberCard card) {
        return new AttributionView(
                AttributionMode.NAMED, card.displayName(), card.headline(), card.profilePath(), card.handle());
    }

    private static AttributionView roleOnly(String descriptor) {
        return descriptor == null || descriptor.isBlank()
                ? ANONYMOUS
                : new AttributionView(AttributionMode.ROLE_ONLY, descriptor, null, null, null);
    }

    /** How one case credits its author, as stored. */
    record Credit(long caseId, AttributionMode mode, String roleDescriptor, long authorId) {}
}

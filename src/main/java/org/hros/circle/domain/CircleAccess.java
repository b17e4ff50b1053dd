package org.hros.circle.domain;

import org.hros.shared.ForbiddenException;
import org.hros.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one gate into a circle. Anyone who is not a member (logged out, never joined, removed) gets exactly the
 * answer a circle that does not exist gives, so outsiders cannot even learn that a circle exists.
 */
@Component
class CircleAccess {

    /** The same detail for "no such circle" and "not yours": the two must be indistinguishable. */
    static final String NOT_FOUND = "There is no such circle, or you are not a member of it.";

    private final CircleRepository circles;
    private final CircleMemberRepository members;

    CircleAccess(CircleRepository circles, CircleMemberRepository members) {
        this.circles = circles;
        this.members = members;
    }

    /** The circle and the viewer's place in it, or 404. */
    Inside member(long circleId, Long viewerId) {
        if (viewerId == null) {
            throw notFound();
        }
        CircleMember me = members.find(circleId, viewerId).orElseThrow(CircleAccess::notFound);
        Circle circle = circles.findById(circleId).orElseThrow(CircleAccess::notFound);
        return new Inside(circle, me);
    }

    /** As {@link #member}, and the viewer must facilitate the circle (a member who does not gets 403). */
    Inside facilitator(long circleId, Long viewerId) {
        Inside inside = member(circleId, viewerId);
        if (!inside.me().facilitates()) {
            throw new ForbiddenException("Only the circle's facilitators may do this.");
        }
        return inside;
    }

    static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }

    record Inside(Circle circle, CircleMember me) {}
}

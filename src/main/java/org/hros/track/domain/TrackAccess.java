package org.hros.track.domain;

import org.hros.shared.ForbiddenException;
import org.hros.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds a track as far as the viewer may see it. A published track is open to everyone; a draft, a proposal or a
 * returned track only to its proposer and editors, and to anyone else it answers 404 exactly like a track that
 * does not exist.
 */
@Component
class TrackAccess {

    private final TrackRepository tracks;

    TrackAccess(TrackRepository tracks) {
        this.tracks = tracks;
    }

    Track visible(String slug, Viewer viewer) {
        Track track = tracks.findBySlug(slug).orElseThrow(TrackAccess::notFound);
        if (track.published() || viewer.editor() || viewer.is(track.proposerId())) {
            return track;
        }
        throw notFound();
    }

    /** A published track, for following and voting. */
    Track published(String slug) {
        return tracks.findBySlug(slug).filter(Track::published).orElseThrow(TrackAccess::notFound);
    }

    /** A track the viewer may change: editors any, the proposer their own until it is published. */
    Track editable(String slug, Viewer viewer) {
        Track track = visible(slug, viewer);
        if (viewer.editor() || (viewer.is(track.proposerId()) && !track.published())) {
            return track;
        }
        throw new ForbiddenException("Only editors may change a published track.");
    }

    static NotFoundException notFound() {
        return new NotFoundException("There is no such track.");
    }
}

package org.hros.track.domain;

import java.time.Clock;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.shared.NotFoundException;
import org.hros.track.domain.CertificateStore.Certificate;
import org.hros.track.domain.TrackViews.CertificateView;
import org.hros.track.domain.TrackViews.ShownAs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completion certificates. Anyone with the link sees the track, the skill, the date and what the member chose to
 * show (their name, their handle, or neither). A hidden certificate is seen only by its holder; a revoked one
 * answers 404 to everyone, holder included, and the holder may take a new one with a new link.
 */
@Service
public class Certificates {

    private final CertificateStore store;
    private final TrackRepository tracks;
    private final ProgressStore progress;
    private final MemberDirectory directory;
    private final Clock clock;

    Certificates(
            CertificateStore store,
            TrackRepository tracks,
            ProgressStore progress,
            MemberDirectory directory,
            Clock clock) {
        this.store = store;
        this.tracks = tracks;
        this.progress = progress;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CertificateView show(String token, Long viewerId) {
        Certificate c = store.find(token).filter(x -> x.revokedAt() == null).orElseThrow(Certificates::notFound);
        boolean mine = viewerId != null && viewerId == c.memberId();
        if (c.hidden() && !mine) {
            throw notFound();
        }
        Track track = tracks.findById(c.trackId()).filter(Track::published).orElseThrow(Certificates::notFound);
        String holder = null;
        if (c.shownAs() != ShownAs.NOTHING) {
            MemberCard card = directory.find(c.memberId()).orElse(null);
            if (card != null) {
                holder = c.shownAs() == ShownAs.NAME ? card.displayName() : "@" + card.handle();
            }
        }
        return new CertificateView(
                c.token(),
                track.title(),
                track.slug(),
                track.skill(),
                c.issuedAt(),
                holder,
                c.shownAs(),
                c.hidden(),
                mine);
    }

    @Transactional
    public void choose(String token, long memberId, ShownAs shownAs, boolean hidden) {
        own(token, memberId);
        store.choose(token, shownAs == null ? ShownAs.NOTHING : shownAs, hidden);
    }

    @Transactional
    public void revoke(String token, long memberId) {
        own(token, memberId);
        store.revoke(token, clock.instant());
    }

    /** A new certificate for a completed track whose certificate was revoked; returns its token. */
    @Transactional
    public String reissue(String slug, long memberId) {
        Track track = tracks.findBySlug(slug).filter(Track::published).orElseThrow(TrackAccess::notFound);
        progress.enrolment(track.id(), memberId)
                .filter(e -> e.completedAt() != null)
                .orElseThrow(Certificates::notFound);
        return store.live(track.id(), memberId).orElseGet(() -> store.issue(track.id(), memberId, clock.instant()));
    }

    private Certificate own(String token, long memberId) {
        return store.find(token)
                .filter(c -> c.revokedAt() == null && c.memberId() == memberId)
                .orElseThrow(Certificates::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException("There is no such certificate.");
    }
}

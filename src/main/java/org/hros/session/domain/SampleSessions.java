package org.hros.session.domain;

import java.time.Clock;
import java.time.Duration;
import org.hros.member.MemberCard;
import org.hros.member.MemberDirectory;
import org.hros.session.SessionSamples;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo community's live sessions, through the same services as the editors' and members' pages. */
@Component
class SampleSessions implements SessionSamples {

    private final LiveSessions sessions;
    private final SessionRsvps rsvps;
    private final MemberDirectory members;
    private final Clock clock;

    SampleSessions(LiveSessions sessions, SessionRsvps rsvps, MemberDirectory members, Clock clock) {
        this.sessions = sessions;
        this.rsvps = rsvps;
        this.members = members;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long scheduleSample(long editorId, SampleSession session) {
        return sessions.schedule(editorId, command(session));
    }

    @Override
    @Transactional
    public boolean rsvpSample(long sessionId, long memberId) {
        return rsvps.rsvp(sessionId, memberId) == RsvpState.CONFIRMED;
    }

    @Override
    @Transactional
    public long pastSample(long editorId, SampleSession session, SampleAfterwards afterwards) {
        if (!session.startsAt().isBefore(clock.instant())) {
            throw new IllegalArgumentException("A past sample session starts in the past");
        }
        // Scheduling refuses a start in the past, so the session is scheduled ahead and then moved to when it
        // happened, as an editor who entered a session after the fact would correct its date.
        LiveSessionCommand command = command(session);
        long id = sessions.schedule(
                editorId,
                new LiveSessionCommand(
                        command.kind(),
                        command.title(),
                        command.summary(),
                        clock.instant().plus(Duration.ofDays(1)),
                        command.durationMinutes(),
                        command.capacity(),
                        command.placeUrl(),
                        command.venue(),
                        command.bornFromRequestId(),
                        command.hostHandles(),
                        command.topics()));
        sessions.change(id, command);
        sessions.recordAfterwards(
                id,
                new AfterwardsCommand(
                        afterwards.recordingUrl(), afterwards.notes(), afterwards.caseIds(), afterwards.requestIds()));
        return id;
    }

    private LiveSessionCommand command(SampleSession s) {
        return new LiveSessionCommand(
                s.kind(),
                s.title(),
                s.summary(),
                s.startsAt(),
                s.durationMinutes(),
                s.capacity(),
                s.placeUrl(),
                null,
                s.bornFromRequestId(),
                s.hostIds().stream()
                        .map(id -> members.find(id)
                                .map(MemberCard::handle)
                                .orElseThrow(() -> new IllegalArgumentException("No member " + id)))
                        .toList(),
                s.topics());
    }
}

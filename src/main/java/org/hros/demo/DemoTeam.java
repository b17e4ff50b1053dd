package org.hros.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hros.demo.DemoTracks.PublishedTrack;
import org.hros.exercise.ExerciseSamples;
import org.hros.team.TeamSamples;
import org.hros.track.TrackSamples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo team a lead trains: Maya leads the talent brand team, Jonas and Priya are in it, and the careers-site
 * and job-ad tracks are assigned, one due within the week and one in a month. Both members are part way through:
 * steps ticked on the tracks' pages and, for Jonas, the careers-page exercise passed, which does its step.
 */
@Component
@Profile("demo")
class DemoTeam {

    static final String CAREERS_SITE = "02-careers-site-everyone-can-use.yml";
    static final String JOB_ADS = "01-job-ads-people-finish.yml";
    static final String EXERCISE = "careers-page-accessibility";

    private static final Logger log = LoggerFactory.getLogger(DemoTeam.class);

    private final TeamSamples teams;
    private final TrackSamples tracks;
    private final ExerciseSamples exercises;
    private final Clock clock;

    DemoTeam(TeamSamples teams, TrackSamples tracks, ExerciseSamples exercises, Clock clock) {
        this.teams = teams;
        this.tracks = tracks;
        this.exercises = exercises;
        this.clock = clock;
    }

    /**
     * @param members demo member ids by key
     * @param published the sample tracks by the name of their file under {@code demo/tracks/}
     */
    void load(Map<String, Long> members, Map<String, PublishedTrack> published) {
        long jonas = members.get("jonas");
        long priya = members.get("priya");
        long team = teams.createSample(
                "Talent brand team",
                "Sample team. This quarter we learn careers-site HTML and job-ad copywriting, so that small fixes to"
                        + " the careers site and the ads no longer wait for the agency.",
                members.get("maya"),
                List.of(jonas, priya));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        PublishedTrack careersSite = track(published, CAREERS_SITE);
        PublishedTrack jobAds = track(published, JOB_ADS);
        teams.assignSample(team, careersSite.slug(), careersSite.title(), today.plusDays(6));
        teams.assignSample(team, jobAds.slug(), jobAds.title(), today.plusMonths(1));

        // Positions are the steps in demo/tracks/: the careers-site track's fourth step is its exercise.
        steps(careersSite, jonas, 1, 2, 3);
        steps(jobAds, jonas, 1);
        steps(jobAds, priya, 1, 2, 3, 4);
        steps(careersSite, priya, 1);
        if (!exercises.attemptSample(EXERCISE, jonas)) {
            log.warn("The sample solution of the {} exercise no longer passes it", EXERCISE);
        }
    }

    private void steps(PublishedTrack track, long memberId, int... positions) {
        for (int position : positions) {
            tracks.markDoneSample(track.slug(), position, memberId);
        }
    }

    private static PublishedTrack track(Map<String, PublishedTrack> published, String file) {
        PublishedTrack track = published.get(file);
        if (track == null) {
            throw new IllegalStateException("The demo team names the track " + file + ", which the demo does not have");
        }
        return track;
    }
}

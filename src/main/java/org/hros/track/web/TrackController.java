package org.hros.track.web;

import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormView;
import org.hros.shared.PageView;
import org.hros.shared.Skill;
import org.hros.shared.Vocabulary;
import org.hros.track.domain.TrackReading;
import org.hros.track.domain.TrackVotes;
import org.hros.track.domain.Viewer;
import org.hros.track.web.TrackPages.ListView;
import org.hros.track.web.TrackPages.MineView;
import org.hros.track.web.TrackPages.ReflectionForm;
import org.hros.track.web.TrackPages.StepView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Reading tracks: the list, a track's path, a step, and the member's own tracks. */
@Controller
class TrackController {

    private final TrackReading reading;
    private final TrackVotes votes;

    TrackController(TrackReading reading, TrackVotes votes) {
        this.reading = reading;
        this.votes = votes;
    }

    @GetMapping("/tracks")
    String listTracks(
            @AuthenticationPrincipal MemberPrincipal me,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) Integer page,
            Model model) {
        Skill chosen = skill == null || skill.isBlank()
                ? null
                : Vocabulary.fromSlug(Skill.class, skill).orElse(null);
        model.addAttribute(
                "view",
                new ListView(
                        reading.published(chosen, PageView.normalise(page), PageView.DEFAULT_SIZE),
                        chosen,
                        votes.skillsAskedFor(),
                        me == null ? java.util.List.of() : votes.skillsVotedBy(me.id())));
        return "tracks/list";
    }

    @GetMapping("/tracks/mine")
    String myTracks(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("view", new MineView(reading.myTracks(me.id()), reading.myProposals(me.id())));
        return "tracks/mine";
    }

    @GetMapping("/tracks/{slug:[a-z0-9-]+}")
    String showTrack(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, Model model) {
        model.addAttribute("page", reading.track(slug, Viewer.of(me)));
        return "tracks/show";
    }

    @GetMapping("/tracks/{slug:[a-z0-9-]+}/steps/{position:\\d{1,3}}")
    String showStep(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @PathVariable int position,
            Model model) {
        var page = reading.step(slug, position, Viewer.of(me));
        var mine = page.mine();
        String share = mine == null ? "private" : mine.shareKind().formValue(mine.shareId());
        model.addAttribute(
                "view", new StepView(page, FormView.clean(new ReflectionForm(mine == null ? "" : mine.text(), share))));
        return "tracks/step";
    }
}

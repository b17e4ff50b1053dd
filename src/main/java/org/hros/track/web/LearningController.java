package org.hros.track.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.platform.web.PostsContent;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.shared.Skill;
import org.hros.shared.Vocabulary;
import org.hros.track.domain.Reflections;
import org.hros.track.domain.TrackLearning;
import org.hros.track.domain.TrackReading;
import org.hros.track.domain.TrackVotes;
import org.hros.track.domain.Viewer;
import org.hros.track.web.TrackPages.ReflectionForm;
import org.hros.track.web.TrackPages.StepView;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Following a track: starting it, marking steps done or not, reflections, and votes. */
@Controller
class LearningController {

    private final TrackLearning learning;
    private final Reflections reflections;
    private final TrackReading reading;
    private final TrackVotes votes;
    private final MessageSource messages;

    LearningController(
            TrackLearning learning,
            Reflections reflections,
            TrackReading reading,
            TrackVotes votes,
            MessageSource messages) {
        this.learning = learning;
        this.reflections = reflections;
        this.reading = reading;
        this.votes = votes;
        this.messages = messages;
    }

    @PostMapping("/tracks/{slug:[a-z0-9-]+}/start")
    String startTrack(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, RedirectAttributes redirect) {
        learning.start(slug, me.id());
        redirect.addFlashAttribute("flash", "track.started");
        return "redirect:/tracks/" + slug + "/steps/1";
    }

    @PostMapping("/tracks/{slug:[a-z0-9-]+}/steps/{position:\\d{1,3}}/done")
    String markDone(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @PathVariable int position,
            RedirectAttributes redirect) {
        boolean complete = learning.markDone(slug, position, me.id());
        redirect.addFlashAttribute("flash", complete ? "track.completed" : "track.step.doneSaved");
        return "redirect:/tracks/" + slug + (complete ? "" : "/steps/" + position);
    }

    @PostMapping("/tracks/{slug:[a-z0-9-]+}/steps/{position:\\d{1,3}}/undo")
    String undoStep(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @PathVariable int position,
            RedirectAttributes redirect) {
        learning.undo(slug, position, me.id());
        redirect.addFlashAttribute("flash", "track.step.undone");
        return "redirect:/tracks/" + slug + "/steps/" + position;
    }

    @PostsContent
    @PostMapping("/tracks/{slug:[a-z0-9-]+}/steps/{position:\\d{1,3}}/reflection")
    String saveReflection(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @PathVariable int position,
            @ModelAttribute ReflectionForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                reflections.save(slug, position, me.id(), form.text(), form.share());
                redirect.addFlashAttribute("flash", "track.reflection.saved");
                return "redirect:/tracks/" + slug + "/steps/" + position + "#reflection";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute(
                "view",
                new StepView(reading.step(slug, position, Viewer.of(me)), FormView.of(form, result, messages, locale)));
        return "tracks/step";
    }

    @PostMapping("/tracks/{slug:[a-z0-9-]+}/steps/{position:\\d{1,3}}/reflection/delete")
    String deleteReflection(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String slug,
            @PathVariable int position,
            RedirectAttributes redirect) {
        reflections.delete(slug, position, me.id());
        redirect.addFlashAttribute("flash", "track.reflection.deleted");
        return "redirect:/tracks/" + slug + "/steps/" + position;
    }

    @PostMapping("/tracks/{slug:[a-z0-9-]+}/vote")
    String voteForTrack(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, RedirectAttributes redirect) {
        votes.voteForTrack(slug, me.id());
        redirect.addFlashAttribute("flash", "track.vote.saved");
        return "redirect:/tracks/" + slug;
    }

    @PostMapping("/tracks/{slug:[a-z0-9-]+}/vote/withdraw")
    String withdrawTrackVote(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, RedirectAttributes redirect) {
        votes.withdrawTrackVote(slug, me.id());
        redirect.addFlashAttribute("flash", "track.vote.withdrawn");
        return "redirect:/tracks/" + slug;
    }

    @PostMapping("/tracks/skills/{skill:[a-z0-9-]+}/vote")
    String voteForSkill(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable String skill, RedirectAttributes redirect) {
        votes.voteForSkill(skill(skill), me.id());
        redirect.addFlashAttribute("flash", "track.skillVote.saved");
        return "redirect:/tracks#asked";
    }

    @PostMapping("/tracks/skills/{skill:[a-z0-9-]+}/vote/withdraw")
    String withdrawSkillVote(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable String skill, RedirectAttributes redirect) {
        votes.withdrawSkillVote(skill(skill), me.id());
        redirect.addFlashAttribute("flash", "track.skillVote.withdrawn");
        return "redirect:/tracks#asked";
    }

    static Skill skill(String slug) {
        return Vocabulary.fromSlug(Skill.class, slug).orElseThrow(() -> new NotFoundException("No such skill"));
    }
}

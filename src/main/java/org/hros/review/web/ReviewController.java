package org.hros.review.web;

import java.util.List;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseReviews;
import org.hros.casestudy.CaseStatus;
import org.hros.casestudy.QueueItem;
import org.hros.casestudy.Section;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.shared.FieldErrorsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' queue and review screen. */
@Controller
class ReviewController {

    private final CaseReviews reviews;
    private final CaseCatalog catalog;
    private final org.hros.track.TrackDesk tracks;

    ReviewController(CaseReviews reviews, CaseCatalog catalog, org.hros.track.TrackDesk tracks) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.tracks = tracks;
    }

    @GetMapping("/review")
    String queue(
            @AuthenticationPrincipal MemberPrincipal me,
            @RequestParam(name = "assigned", required = false) String assigned,
            Model model) {
        List<QueueItem> all = reviews.queue();
        List<QueueItem> mine = all.stream()
                .filter(item -> Long.valueOf(me.id()).equals(item.reviewerId()))
                .toList();
        // Any other value shows the whole queue, as no filter would.
        boolean onlyMine = "me".equals(assigned);
        model.addAttribute("queue", onlyMine ? mine : all);
        model.addAttribute("tabs", new QueueTabs(onlyMine, all.size(), mine.size()));
        model.addAttribute("askedSkills", tracks.skillsAskedFor());
        model.addAttribute("trackProposals", tracks.proposalsWaiting());
        return "review/queue";
    }

    /**
     * The queue's size for the header, loaded by htmx on every page an editor sees, so the page frame knows nothing
     * of the review queue.
     */
    @GetMapping("/review/count")
    String count(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("size", reviews.queueSize(me.id()));
        return "review/count";
    }

    @GetMapping("/review/{id}")
    String review(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("submission", reviews.submission(id, me.id()));
        return "review/review";
    }

    @PostMapping("/review/{id}/claim")
    String claim(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        reviews.claim(id, me.id());
        return "redirect:/review/" + id;
    }

    @PostMapping("/review/{id}/notes")
    String addNote(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @ModelAttribute NoteForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        Section section = form.section() == null || form.section().isBlank()
                ? null
                : Section.fromKey(form.section()).orElse(null);
        try {
            FormErrors.raise(result);
            reviews.addNote(id, me.id(), section, form.body());
            redirect.addFlashAttribute("flash", "review.note.added");
        } catch (FieldErrorsException e) {
            redirect.addFlashAttribute("problem", e.errors().get(0).code());
        }
        return "redirect:/review/" + id + (section == null ? "" : "#section-" + section.key());
    }

    /** A small fix of one section without returning the case; refused fixes come back in their form. */
    @PostMapping("/review/{id}/fix")
    String fix(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @ModelAttribute FixForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        Section section = result.hasErrors() || form.section() == null
                ? null
                : Section.fromKey(form.section()).orElse(null);
        try {
            FormErrors.raise(result);
            if (section == null) {
                throw new FieldErrorsException(
                        List.of(new FieldErrorsException.FieldError("section", "review.note.section")));
            }
            reviews.fixSection(id, me.id(), section, form.text(), form.why());
            redirect.addFlashAttribute("flash", "review.fix.done");
        } catch (FieldErrorsException e) {
            String problem = e.errors().get(0).code();
            if (section == null) {
                redirect.addFlashAttribute("problem", problem);
            } else {
                // Shown in the section's own form, with what was typed.
                redirect.addFlashAttribute("fixDraft", new FixDraft(section.key(), form.text(), form.why(), problem));
            }
        }
        return "redirect:/review/" + id + (section == null ? "" : "#section-" + section.key());
    }

    @PostMapping("/review/{id}/return")
    String returnToAuthor(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @ModelAttribute ReturnForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        try {
            FormErrors.raise(result);
            reviews.returnToAuthor(id, me.id(), form.message());
        } catch (FieldErrorsException e) {
            redirect.addFlashAttribute("problem", e.errors().get(0).code());
            return "redirect:/review/" + id;
        }
        redirect.addFlashAttribute("flash", "review.returned");
        return "redirect:/review";
    }

    @PostMapping("/review/{id}/publish")
    String publish(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        CaseStatus status = reviews.publish(id, me.id());
        if (status == CaseStatus.PUBLISHED) {
            redirect.addFlashAttribute("flash", "review.published");
            // Straight to the canonical address: the short permalink would answer with a second redirect, and
            // the confirmation, spent on that first request, would never be seen.
            return "redirect:/cases/" + id
                    + catalog.canonicalSlug(id).map(slug -> "/" + slug).orElse("");
        }
        // Readers see nothing new yet: the employer's approver or the embargo comes first.
        redirect.addFlashAttribute(
                "flash", status == CaseStatus.SCHEDULED ? "review.scheduled" : "review.awaitingApproval");
        return "redirect:/review";
    }

    @PostMapping("/review/cases/{id}/takedown")
    String takeDown(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @ModelAttribute TakedownForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        try {
            FormErrors.raise(result);
            reviews.takeDown(id, me.id(), form.reason());
        } catch (FieldErrorsException e) {
            redirect.addFlashAttribute("problem", e.errors().get(0).code());
            return "redirect:/cases/" + id;
        }
        redirect.addFlashAttribute("flash", "takedown.done");
        return "redirect:/review";
    }

    /** An editor's small fix: the section's whole new text and why it was changed. */
    record FixForm(String section, String text, String why) {}

    /** The editor's message to the author on returning a submission. */
    record ReturnForm(String message) {}

    /** Why a published case is taken down. */
    record TakedownForm(String reason) {}
}

package org.hros.discussion.web;

import org.hros.discussion.ReactionBar;
import org.hros.discussion.ReactionKind;
import org.hros.discussion.domain.ReactionService;
import org.hros.member.MemberPrincipal;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.hros.shared.SubjectRef;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Giving and taking back reactions, the members who gave one, and a member's own bookmarks. */
@Controller
class ReactionController {

    static final int BOOKMARKS_PAGE_SIZE = 20;

    private final ReactionService reactions;

    ReactionController(ReactionService reactions) {
        this.reactions = reactions;
    }

    /**
     * Sets a reaction to the state the form asked for ({@code on}), so a form sent twice changes nothing more.
     */
    @PostMapping("/reactions/{type}/{id:\\d+}/{kind}")
    String react(
            @PathVariable String type,
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam(defaultValue = "true") boolean on,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal MemberPrincipal me,
            Model model) {
        SubjectRef subject = WebSupport.subject(type, id);
        ReactionBar bar = reactions.set(subject, me.id(), kind(kind), on);
        if (htmx != null) {
            model.addAttribute("bar", bar);
            return "discussion/reactions";
        }
        return "redirect:" + reactions.describe(subject).path();
    }

    @GetMapping("/reactions/{type}/{id:\\d+}/{kind}")
    String showWho(
            @PathVariable String type,
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam(required = false) Integer page,
            Model model) {
        SubjectRef subject = WebSupport.subject(type, id);
        ReactionKind reaction = kind(kind);
        model.addAttribute(
                "who",
                new WhoView(
                        reactions.describe(subject),
                        reaction,
                        reactions.who(subject, reaction, PageView.normalise(page))));
        return "discussion/who";
    }

    @GetMapping("/my/bookmarks")
    String showBookmarks(
            @RequestParam(required = false) Integer page, @AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("bookmarks", reactions.bookmarks(me.id(), PageView.normalise(page), BOOKMARKS_PAGE_SIZE));
        return "discussion/bookmarks";
    }

    private static ReactionKind kind(String slug) {
        return ReactionKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("No such reaction"));
    }
}

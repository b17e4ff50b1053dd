package org.hros.casestudy.web;

import java.util.Map;
import org.hros.casestudy.CaseCard;
import org.hros.casestudy.CaseCatalog;
import org.hros.casestudy.CaseView;
import org.hros.discussion.Discussions;
import org.hros.discussion.ThreadOptions;
import org.hros.discussion.Viewer;
import org.hros.member.MemberDirectory;
import org.hros.member.MemberPrincipal;
import org.hros.member.PublicProfile;
import org.hros.platform.web.Redirects;
import org.hros.platform.web.ShareMeta;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** Reading the library: browsing with facets, a case, a member's public profile. */
@Controller
class LibraryController {

    private final CaseCatalog catalog;
    private final MemberDirectory members;
    private final Discussions discussions;

    LibraryController(CaseCatalog catalog, MemberDirectory members, Discussions discussions) {
        this.catalog = catalog;
        this.members = members;
        this.discussions = discussions;
    }

    @GetMapping("/cases")
    Object browse(
            @RequestParam Map<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        BrowseQuery query = BrowseQuery.parse(params);
        if (htmx == null && query.namesAnOldWord(params)) {
            // A renamed or merged word's old slug finds its cases, at the address with the current slug.
            return Redirects.permanent(query.with("page", query.page() > 1 ? String.valueOf(query.page()) : null));
        }
        PageView<CaseCard> page = catalog.browse(query.filter(), query.order(), query.page(), PageView.DEFAULT_SIZE);
        model.addAttribute("browse", new BrowseView(query, page, catalog.facets(query.filter())));
        return htmx != null ? "cases/browseResults" : "cases/browse";
    }

    @GetMapping("/cases/{id:\\d+}")
    RedirectView permalink(@PathVariable long id) {
        // Without a current slug, reading the case answers 404 or 410 as appropriate.
        String slug =
                catalog.canonicalSlug(id).orElseGet(() -> catalog.read(id, null).slug());
        return Redirects.permanent("/cases/" + id + "/" + slug);
    }

    @GetMapping("/cases/{id:\\d+}/{slug}")
    Object showCase(
            @PathVariable long id,
            @PathVariable String slug,
            @RequestParam(required = false) Integer revision,
            @RequestParam(required = false) Integer discussionPage,
            @RequestParam(required = false) Long replyTo,
            @RequestParam(required = false) Long quote,
            @AuthenticationPrincipal MemberPrincipal me,
            Model model) {
        CaseView view;
        boolean hidden = false;
        try {
            view = catalog.read(id, revision);
        } catch (NotFoundException e) {
            // Its author still sees a case hidden pending review, with a notice why.
            view = me == null
                    ? null
                    : catalog.readHiddenAsAuthor(id, revision, me.id()).orElse(null);
            if (view == null) {
                throw e;
            }
            hidden = true;
        }
        if (!view.slug().equals(slug) && view.isLatest()) {
            return Redirects.permanent(view.path());
        }
        if (me != null && !hidden) {
            catalog.recordRead(id, me.id());
        }
        model.addAttribute("hiddenPendingReview", hidden);
        model.addAttribute("view", view);
        model.addAttribute("share", share(view));
        // The discussion is rendered into the page, so it reads without JavaScript; htmx only adds to it.
        SubjectRef subject = new SubjectRef(SubjectType.CASE, id);
        Viewer viewer = me == null ? null : new Viewer(me.id(), me.isEditor());
        // A hidden case's discussion and reactions are hidden with it, even from its author.
        model.addAttribute(
                "thread",
                hidden
                        ? null
                        : discussions.thread(
                                subject,
                                viewer,
                                new ThreadOptions(PageView.normalise(discussionPage), replyTo, quote)));
        model.addAttribute("reactions", hidden ? null : discussions.reactions(subject, me == null ? null : me.id()));
        return "cases/show";
    }

    /**
     * The link preview of a case: its title and the opening of its first section, always the latest revision's
     * address, and the author's name only when the case is published under it (the attribution view decides).
     */
    static ShareMeta share(CaseView view) {
        String opening =
                view.sections().isEmpty() ? null : view.sections().get(0).html();
        String author = view.attribution().named() ? view.attribution().name() : null;
        return ShareMeta.article(view.title(), opening, view.path(), author);
    }

    @GetMapping("/members/{handle}")
    String showMember(@PathVariable String handle, Model model) {
        PublicProfile profile =
                members.publicProfile(handle).orElseThrow(() -> new NotFoundException("No such member"));
        model.addAttribute("profile", profile);
        model.addAttribute(
                "share",
                ShareMeta.profile(
                        profile.card().displayName(),
                        profile.bio() != null ? profile.bio() : profile.card().headline(),
                        profile.card().profilePath()));
        model.addAttribute("cases", catalog.namedCasesBy(profile.card().id(), 50));
        return "member/profile";
    }
}

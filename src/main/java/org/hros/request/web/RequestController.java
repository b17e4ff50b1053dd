package org.hros.request.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.discussion.Discussions;
import org.hros.discussion.ThreadOptions;
import org.hros.discussion.ThreadView;
import org.hros.discussion.Viewer;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.platform.web.PostsContent;
import org.hros.platform.web.Redirects;
import org.hros.request.RequestSessions;
import org.hros.request.SimilarContent;
import org.hros.request.domain.Agenda;
import org.hros.request.domain.AgendaQueries;
import org.hros.request.domain.BoardQuery;
import org.hros.request.domain.RequestDetail;
import org.hros.request.domain.RequestDraft;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.hros.shared.SubjectRef;
import org.hros.shared.SubjectType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** The request board, a request's page, posting, "me too", following and offering experience. */
@Controller
class RequestController {

    static final int BOARD_SIZE = 20;
    static final int SIMILAR_LIMIT = 5;

    private final Agenda agenda;
    private final AgendaQueries queries;
    private final SimilarContent similar;
    private final MessageSource messages;
    private final Discussions discussions;
    private final ObjectProvider<RequestSessions> sessions;

    RequestController(
            Agenda agenda,
            AgendaQueries queries,
            SimilarContent similar,
            Discussions discussions,
            MessageSource messages,
            ObjectProvider<RequestSessions> sessions) {
        this.discussions = discussions;
        this.sessions = sessions;
        this.agenda = agenda;
        this.queries = queries;
        this.similar = similar;
        this.messages = messages;
    }

    @GetMapping("/requests")
    String showBoard(
            @AuthenticationPrincipal MemberPrincipal me,
            @RequestParam Map<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        BoardQuery query = BoardParams.parse(params, BOARD_SIZE);
        if (query.mine() != null && me == null) {
            return "redirect:/login";
        }
        model.addAttribute(
                "board", new BoardView(query, queries.board(query, me == null ? null : me.id()), me != null));
        return htmx != null ? "requests/boardResults" : "requests/board";
    }

    @GetMapping("/requests/new")
    String newRequest(Model model) {
        model.addAttribute("form", FormView.clean(RequestForm.blank()));
        return "requests/new";
    }

    @PostsContent
    @PostMapping("/requests")
    String postRequest(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute("requestForm") RequestForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(form, result, model, locale, response, redirect, null, () -> agenda.post(me.id(), form.command()));
    }

    @GetMapping("/requests/{id:\\d+}/edit")
    String editRequest(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
        RequestDraft draft = queries.draftOf(id, me.id()).orElseThrow(() -> new NotFoundException("No such request"));
        model.addAttribute("form", FormView.clean(RequestForm.of(draft)));
        model.addAttribute("editing", id);
        return "requests/new";
    }

    @PostsContent
    @PostMapping("/requests/{id:\\d+}/edit")
    String saveRequest(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @ModelAttribute("requestForm") RequestForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(form, result, model, locale, response, redirect, id, () -> {
            agenda.edit(id, me.id(), form.command());
            return id;
        });
    }

    /**
     * Posts or saves a request and goes to its page; on bad input shows the form again with every problem next to
     * its field. Unknown choices are checked with the rest, so that one round trip shows them all.
     */
    private String save(
            RequestForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Long editing,
            java.util.function.LongSupplier write) {
        List<FieldErrorsException.FieldError> problems = new ArrayList<>(form.unknownChoices());
        try {
            if (problems.isEmpty() && !result.hasErrors()) {
                long id = write.getAsLong();
                redirect.addFlashAttribute("flash", editing == null ? "request.posted" : "request.saved");
                return "redirect:" + queries.detail(id, null, false).path();
            }
            agenda.check(form.command());
        } catch (FieldErrorsException e) {
            e.errors().stream()
                    .filter(error -> problems.stream().noneMatch(p -> p.field().equals(error.field())))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            FormErrors.copy(new FieldErrorsException(problems), result);
        }
        response.setStatus(400);
        model.addAttribute("form", FormView.of(form, result, messages, locale));
        model.addAttribute("editing", editing);
        return "requests/new";
    }

    /** What may already answer the title being typed: an htmx fragment under the title field. */
    @GetMapping("/requests/similar")
    String showSimilar(@RequestParam(required = false) String title, Model model) {
        model.addAttribute("items", similar.similarTo(title, SIMILAR_LIMIT));
        return "requests/similar";
    }

    @GetMapping("/requests/{id:\\d+}")
    RedirectView permalink(@PathVariable long id) {
        String slug = queries.slug(id).orElseThrow(() -> new NotFoundException("No such request"));
        return Redirects.permanent("/requests/" + id + "/" + slug);
    }

    @GetMapping("/requests/{id:\\d+}/{slug}")
    Object showRequest(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @PathVariable String slug,
            @RequestParam(required = false) Integer discussionPage,
            @RequestParam(required = false) Long replyTo,
            @RequestParam(required = false) Long quote,
            Model model) {
        RequestDetail detail = queries.detail(id, me == null ? null : me.id(), me != null && me.isEditor());
        if (!detail.slug().equals(slug)) {
            return Redirects.permanent(detail.path());
        }
        model.addAttribute(
                "page",
                new RequestPageView(
                        detail,
                        FormView.clean(OfferForm.blank()),
                        thread(id, me, new ThreadOptions(PageView.normalise(discussionPage), replyTo, quote)),
                        bornSessions(id)));
        return "requests/show";
    }

    /** The live sessions born from the request, when the sessions module is there to say. */
    private List<RequestSessions.BornSession> bornSessions(long requestId) {
        RequestSessions provider = sessions.getIfAvailable();
        return provider == null ? List.of() : provider.bornFrom(requestId);
    }

    /** Vote, take a vote back, follow or stop following; htmx gets the buttons back, a plain form a redirect. */
    @PostMapping("/requests/{id:\\d+}/{action:vote|unvote|follow|unfollow}")
    String act(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @PathVariable String action,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        String flash = switch (action) {
            case "vote" -> {
                agenda.vote(id, me.id());
                yield "request.voted";
            }
            case "unvote" -> {
                agenda.unvote(id, me.id());
                yield "request.unvoted";
            }
            case "follow" -> {
                agenda.follow(id, me.id());
                yield "request.followed";
            }
            default -> {
                agenda.unfollow(id, me.id());
                yield "request.unfollowed";
            }
        };
        RequestDetail detail = queries.detail(id, me.id(), me.isEditor());
        if (htmx != null) {
            model.addAttribute("request", detail);
            return "requests/actions";
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:" + detail.path();
    }

    @PostMapping("/requests/{id:\\d+}/offer")
    String offer(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @ModelAttribute("offerForm") OfferForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                agenda.offer(id, me.id(), form.kind(), form.note());
                redirect.addFlashAttribute("flash", "offer.made");
                return "redirect:" + queries.detail(id, me.id(), false).path() + "#offer";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        RequestDetail detail = queries.detail(id, me.id(), me.isEditor());
        model.addAttribute(
                "page",
                new RequestPageView(
                        detail,
                        FormView.of(form, result, messages, locale),
                        thread(id, me, new ThreadOptions(1, null, null)),
                        bornSessions(id)));
        return "requests/show";
    }

    @GetMapping("/requests/invitations/{offerId:\\d+}")
    String showInvitation(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long offerId, Model model) {
        model.addAttribute(
                "offer",
                queries.offerOf(offerId, me.id())
                        .filter(o -> o.invited())
                        .orElseThrow(() -> new NotFoundException("No such invitation")));
        return "requests/invitation";
    }

    @PostMapping("/requests/invitations/{offerId:\\d+}/accept")
    String acceptInvitation(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long offerId, RedirectAttributes redirect) {
        long caseId = agenda.accept(offerId, me.id());
        redirect.addFlashAttribute("flash", "offer.accepted");
        return "redirect:/my/cases/" + caseId;
    }

    /** The request's discussion, rendered into its page so it reads without JavaScript. */
    private ThreadView thread(long id, MemberPrincipal me, ThreadOptions options) {
        if (queries.hiddenPendingReview(id)) {
            // Only its poster sees a hidden request, and without its discussion, which is hidden with it.
            return null;
        }
        Viewer viewer = me == null ? null : new Viewer(me.id(), me.isEditor());
        return discussions.thread(new SubjectRef(SubjectType.REQUEST, id), viewer, options);
    }
}

package org.hros.home.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hros.member.MemberInterests;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.request.CommunityAgenda;
import org.hros.request.PublicRequest;
import org.hros.request.RequestCatalog;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The welcome after a member's first log-in: choose topics and skills, follow requests on them, find circles.
 * Every step can be skipped; finishing or skipping it ends the offer, and it stays reachable from the settings.
 */
@Controller
class WelcomeController {

    static final int REQUESTS = 8;

    private final MemberInterests interests;
    private final RequestCatalog requests;
    private final CommunityAgenda agenda;
    private final MessageSource messages;

    WelcomeController(
            MemberInterests interests, RequestCatalog requests, CommunityAgenda agenda, MessageSource messages) {
        this.interests = interests;
        this.requests = requests;
        this.agenda = agenda;
        this.messages = messages;
    }

    @GetMapping("/welcome")
    String showWelcome(
            @AuthenticationPrincipal MemberPrincipal me, @RequestParam(required = false) String step, Model model) {
        String shown = "requests".equals(step) || "circles".equals(step) ? step : "interests";
        FormView<InterestsForm> form = FormView.clean(InterestsForm.of(interests.interests(me.id())));
        return welcome(me, shown, form, model);
    }

    @PostMapping("/welcome/interests")
    String chooseInterests(
            @AuthenticationPrincipal MemberPrincipal me,
            @Valid @ModelAttribute InterestsForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                interests.chooseInterests(me.id(), form.topicSet(), form.skillSet());
                return "redirect:/welcome?step=requests";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        return welcome(me, "interests", FormView.of(form, result, messages, locale), model);
    }

    /** Follows the chosen requests among those the step offered; anything else sent along is ignored. */
    @PostMapping("/welcome/follow")
    String followRequests(
            @AuthenticationPrincipal MemberPrincipal me,
            @Valid @ModelAttribute FollowForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("problem", "welcome.follow.invalid");
            return "redirect:/welcome?step=requests";
        }
        Set<Long> offered = offered(me).stream().map(PublicRequest::id).collect(Collectors.toSet());
        boolean followed = false;
        for (long id : Set.copyOf(form.chosen())) {
            if (offered.contains(id)) {
                agenda.follow(id, me.id());
                followed = true;
            }
        }
        if (followed) {
            redirect.addFlashAttribute("flash", "welcome.followed");
        }
        return "redirect:/welcome?step=circles";
    }

    /** Finishing and skipping are the same: the welcome is not offered again. */
    @PostMapping("/welcome/done")
    String finishWelcome(@AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
        interests.finishWelcome(me.id());
        redirect.addFlashAttribute("flash", "welcome.finished");
        return "redirect:/";
    }

    private String welcome(MemberPrincipal me, String step, FormView<InterestsForm> form, Model model) {
        List<PublicRequest> shown = "requests".equals(step) ? offered(me) : List.of();
        model.addAttribute("welcome", new WelcomeView(step, form, shown));
        return "welcome";
    }

    private List<PublicRequest> offered(MemberPrincipal me) {
        return requests.waitingOnTopics(interests.interests(me.id()).topics(), REQUESTS);
    }
}

package org.hros.circle.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hros.circle.domain.CircleInvitations;
import org.hros.circle.domain.CircleMembers;
import org.hros.circle.domain.CircleService;
import org.hros.circle.web.CircleForms.CheckInForm;
import org.hros.circle.web.CircleForms.CircleForm;
import org.hros.circle.web.CircleForms.InviteForm;
import org.hros.circle.web.CircleForms.LinkForm;
import org.hros.circle.web.CircleForms.PostForm;
import org.hros.circle.web.CircleForms.ThreadForm;
import org.hros.circle.web.CirclePageViews.CircleShowView;
import org.hros.circle.web.CirclePageViews.MembersView;
import org.hros.circle.web.CirclePageViews.ThreadView;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.platform.web.PostsContent;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.PageView;
import org.springframework.context.MessageSource;
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

/**
 * The pages inside a circle. The security layer lets every request through to here (see the circle block in
 * the security configuration); the services answer 404 to anyone who is not a member, exactly as for a circle
 * that does not exist, so a logged-out visitor is not even sent to log in.
 */
@Controller
class CircleController {

    private final CircleService circles;
    private final CircleMembers members;
    private final CircleInvitations invitations;
    private final MessageSource messages;

    CircleController(
            CircleService circles, CircleMembers members, CircleInvitations invitations, MessageSource messages) {
        this.circles = circles;
        this.members = members;
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/circles")
    String myCircles(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("circles", circles.myCircles(me.id()));
        return "circles/index";
    }

    @GetMapping("/circles/new")
    String newCircle(Model model) {
        model.addAttribute("form", FormView.clean(CircleForm.blank()));
        return "circles/new";
    }

    @PostMapping("/circles")
    String createCircle(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute CircleForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = circles.create(me.id(), form.command());
                redirect.addFlashAttribute("flash", "circle.created");
                return "redirect:/circles/" + id;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute("form", FormView.of(form, result, messages, locale));
        return "circles/new";
    }

    @GetMapping("/circles/{circleId:\\d+}")
    String showCircle(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long circleId, Model model) {
        model.addAttribute(
                "view",
                new CircleShowView(
                        circles.page(circleId, id(me)),
                        FormView.clean(ThreadForm.blank()),
                        FormView.clean(new CheckInForm(""))));
        return "circles/show";
    }

    @GetMapping("/circles/{circleId:\\d+}/threads")
    String listClinics(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @RequestParam(required = false) Integer page,
            Model model) {
        PageView<?> threads = circles.clinics(circleId, id(me), PageView.normalise(page), 20);
        model.addAttribute("circle", circles.page(circleId, id(me)));
        model.addAttribute("threads", threads);
        return "circles/clinics";
    }

    @PostsContent
    @PostMapping("/circles/{circleId:\\d+}/threads")
    String openClinic(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @ModelAttribute ThreadForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long thread = circles.openClinic(circleId, id(me), form.title(), form.body(), form.chathamHouse());
                redirect.addFlashAttribute("flash", "circle.thread.opened");
                return "redirect:/circles/" + circleId + "/threads/" + thread;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute(
                "view",
                new CircleShowView(
                        circles.page(circleId, id(me)),
                        FormView.of(form, result, messages, locale),
                        FormView.clean(new CheckInForm(""))));
        return "circles/show";
    }

    @GetMapping("/circles/{circleId:\\d+}/threads/{threadId:\\d+}")
    String showThread(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @PathVariable long threadId,
            Model model) {
        model.addAttribute(
                "view", new ThreadView(circles.thread(circleId, threadId, id(me)), FormView.clean(new PostForm(""))));
        return "circles/thread";
    }

    @PostsContent
    @PostMapping("/circles/{circleId:\\d+}/threads/{threadId:\\d+}/posts")
    String reply(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @PathVariable long threadId,
            @ModelAttribute PostForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long post = circles.reply(circleId, threadId, id(me), form.body());
                redirect.addFlashAttribute("flash", "circle.reply.posted");
                return "redirect:/circles/" + circleId + "/threads/" + threadId + "#post-" + post;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute(
                "view",
                new ThreadView(
                        circles.thread(circleId, threadId, id(me)), FormView.of(form, result, messages, locale)));
        return "circles/thread";
    }

    @PostsContent
    @PostMapping("/circles/{circleId:\\d+}/check-ins")
    String checkIn(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @ModelAttribute CheckInForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                circles.checkIn(circleId, id(me), form.text());
                redirect.addFlashAttribute("flash", "circle.checkIn.posted");
                return "redirect:/circles/" + circleId + "#check-ins";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute(
                "view",
                new CircleShowView(
                        circles.page(circleId, id(me)),
                        FormView.clean(ThreadForm.blank()),
                        FormView.of(form, result, messages, locale)));
        return "circles/show";
    }

    @GetMapping("/circles/{circleId:\\d+}/members")
    String showMembers(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long circleId, Model model) {
        return membersPage(me, circleId, model, null, null, null, (String) model.getAttribute("newLink"));
    }

    @PostMapping("/circles/{circleId:\\d+}/settings")
    String changeSettings(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @ModelAttribute CircleForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                members.changeSettings(circleId, id(me), form.command());
                redirect.addFlashAttribute("flash", "circle.settings.saved");
                return "redirect:/circles/" + circleId + "/members";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        return membersPage(me, circleId, model, FormView.of(form, result, messages, locale), null, null, null);
    }

    @PostMapping("/circles/{circleId:\\d+}/invitations")
    String inviteByEmail(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @ModelAttribute InviteForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                invitations.inviteByEmail(circleId, id(me), form.email());
                redirect.addFlashAttribute("flash", "circle.invite.sent");
                return "redirect:/circles/" + circleId + "/members";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        return membersPage(me, circleId, model, null, FormView.of(form, result, messages, locale), null, null);
    }

    @PostMapping("/circles/{circleId:\\d+}/links")
    String createLink(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @ModelAttribute LinkForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String link = invitations.createLink(circleId, id(me), form.days());
                redirect.addFlashAttribute("flash", "circle.link.created");
                redirect.addFlashAttribute("newLink", link);
                return "redirect:/circles/" + circleId + "/members";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        return membersPage(me, circleId, model, null, null, FormView.of(form, result, messages, locale), null);
    }

    @PostMapping("/circles/{circleId:\\d+}/invitations/{invitationId:\\d+}/revoke")
    String revokeInvitation(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @PathVariable long invitationId,
            RedirectAttributes redirect) {
        invitations.revoke(circleId, id(me), invitationId);
        redirect.addFlashAttribute("flash", "circle.invite.revoked");
        return "redirect:/circles/" + circleId + "/members";
    }

    @PostMapping("/circles/{circleId:\\d+}/members/{memberId:\\d+}/remove")
    String removeMember(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @PathVariable long memberId,
            RedirectAttributes redirect) {
        members.remove(circleId, id(me), memberId);
        redirect.addFlashAttribute("flash", "circle.member.removed");
        return "redirect:/circles/" + circleId + "/members";
    }

    @PostMapping("/circles/{circleId:\\d+}/members/{memberId:\\d+}/promote")
    String promoteMember(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long circleId,
            @PathVariable long memberId,
            RedirectAttributes redirect) {
        members.promote(circleId, id(me), memberId);
        redirect.addFlashAttribute("flash", "circle.member.promoted");
        return "redirect:/circles/" + circleId + "/members";
    }

    @PostMapping("/circles/{circleId:\\d+}/leave")
    String leaveCircle(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long circleId, RedirectAttributes redirect) {
        try {
            members.leave(circleId, id(me));
            redirect.addFlashAttribute("flash", "circle.left");
            return "redirect:/circles";
        } catch (FieldErrorsException e) {
            redirect.addFlashAttribute("problem", "circle.leave.handOver");
            return "redirect:/circles/" + circleId + "/members";
        }
    }

    private String membersPage(
            MemberPrincipal me,
            long circleId,
            Model model,
            FormView<CircleForm> settings,
            FormView<InviteForm> invite,
            FormView<LinkForm> link,
            String newLink) {
        var page = members.members(circleId, id(me));
        model.addAttribute(
                "view",
                new MembersView(
                        page,
                        settings != null ? settings : FormView.clean(CircleForm.of(page)),
                        invite != null ? invite : FormView.clean(new InviteForm("")),
                        link != null ? link : FormView.clean(new LinkForm(invitations.defaultLinkDays())),
                        newLink,
                        invitations.defaultLinkDays()));
        return "circles/members";
    }

    private static Long id(MemberPrincipal me) {
        return me == null ? null : me.id();
    }
}

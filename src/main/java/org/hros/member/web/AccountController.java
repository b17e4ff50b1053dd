package org.hros.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.hros.member.MemberPrincipal;
import org.hros.member.SignUpMode;
import org.hros.member.domain.InvitationRequiredException;
import org.hros.member.domain.Invitations;
import org.hros.member.domain.MemberAdministrationService;
import org.hros.member.domain.MemberService;
import org.hros.member.domain.SignUpCommand;
import org.hros.platform.Sessions;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Joining, verifying an address, logging in and recovering a forgotten password. */
@Controller
class AccountController {

    private final MemberService members;
    private final MemberAdministrationService administration;
    private final MessageSource messages;
    private final LinkSignIn signIn;
    private final ProviderButtons providers;
    private final Invitations invitations;

    AccountController(
            MemberService members,
            MemberAdministrationService administration,
            MessageSource messages,
            LinkSignIn signIn,
            ProviderButtons providers,
            Invitations invitations) {
        this.invitations = invitations;
        this.members = members;
        this.administration = administration;
        this.messages = messages;
        this.signIn = signIn;
        this.providers = providers;
    }

    /**
     * The sign-up form; opened from an invitation mail, with the address invited filled in. While only invited
     * people may join, a visitor without an invitation is told how to get one; a link that was used, has expired or
     * was revoked says so.
     */
    @GetMapping("/signup")
    String showSignUp(@RequestParam(required = false) String invitation, Model model, HttpServletResponse response) {
        if (providers.ssoOnly()) {
            return ssoOnly(model);
        }
        SignUpMode mode = members.signUpMode();
        model.addAttribute("mode", mode);
        model.addAttribute("providers", providers.all());
        if (invitation != null) {
            Optional<Invitations.LinkCheck> check = invitations.check(invitation);
            if (check.isEmpty() || !check.get().usable()) {
                response.setStatus(check.isEmpty() ? 404 : 410);
                model.addAttribute(
                        "status", check.map(Invitations.LinkCheck::status).orElse(null));
                return "member/invitationGone";
            }
            model.addAttribute(
                    "form", FormView.clean(SignUpForm.invited(check.get().email(), invitation)));
            return "member/signup";
        }
        if (mode == SignUpMode.INVITATION) {
            return "member/invitationOnly";
        }
        model.addAttribute("form", FormView.clean(SignUpForm.empty()));
        model.addAttribute("providers", providers.all());
        return "member/signup";
    }

    @PostMapping("/signup")
    String signUp(
            @Valid @ModelAttribute SignUpForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (providers.ssoOnly()) {
            return refusedInSsoOnlyMode(model, response);
        }
        model.addAttribute("providers", providers.all());
        SignUpMode mode = members.signUpMode();
        model.addAttribute("mode", mode);
        if (!result.hasErrors()) {
            try {
                MemberService.SignUpResult joined = members.signUp(
                        new SignUpCommand(form.email(), form.displayName(), form.password()), form.invitationSecret());
                if (joined.signedIn() != null) {
                    // The invitation reached their inbox: their address is proven, so they are in at once.
                    signIn.signIn(joined.signedIn(), request, response);
                    return "redirect:/welcome";
                }
                model.addAttribute("email", form.email().strip());
                return "member/checkInbox";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            } catch (InvitationRequiredException e) {
                response.setStatus(403);
                return "member/invitationOnly";
            }
        }
        model.addAttribute("form", FormView.of(form.withoutPassword(), result, messages, locale));
        return "member/signup";
    }

    /** A member whose account waits for approval is told so, and what they may do meanwhile. */
    @GetMapping("/waiting")
    String showWaiting(@AuthenticationPrincipal MemberPrincipal me) {
        return administration.awaitingApproval(me.id()) ? "member/waiting" : "redirect:/";
    }

    /**
     * The link from the verification mail shows a page with one button that confirms the address. Opening the
     * link changes nothing: mail scanners that fetch every link in a mail would otherwise use it up, and a link to
     * someone else's fresh account could sign a visitor into it without their knowing.
     */
    @GetMapping("/verify")
    String showVerify(@RequestParam(required = false) String token, Model model) {
        if (!members.isVerificationLinkValid(token)) {
            return "member/verifyFailed";
        }
        model.addAttribute("token", token);
        return "member/verify";
    }

    /**
     * Confirms the address, uses the link up and signs the member in, in whichever browser they opened it. A first
     * visit goes on to the welcome.
     */
    @PostMapping("/verify")
    String verify(
            @Valid @ModelAttribute VerifyForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<MemberService.VerifiedMember> verified =
                result.hasErrors() ? Optional.empty() : members.verifyEmail(form.token());
        if (verified.isEmpty()) {
            return "member/verifyFailed";
        }
        if (!verified.get().principal().isAccountNonLocked()) {
            // The address is confirmed, but a suspended member is not signed in: the log-in page says why.
            return "redirect:/login?suspended";
        }
        signIn.signIn(verified.get().principal(), request, response);
        if (verified.get().waiting()) {
            return "redirect:/waiting";
        }
        return verified.get().welcomed() ? "redirect:/" : "redirect:/welcome";
    }

    @PostMapping("/verify/resend")
    String resendVerification(@Valid @ModelAttribute EmailForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            members.resendVerification(form.email());
        }
        model.addAttribute("email", result.hasErrors() ? "" : form.email().strip());
        return "member/checkInbox";
    }

    /**
     * A suspended member is shown why: the address is in the session only when their password was right, so nobody
     * else learns of a suspension.
     */
    @GetMapping("/login")
    String showLogin(HttpServletRequest request, Model model) {
        model.addAttribute("providers", providers.all());
        model.addAttribute("ssoOnly", providers.ssoOnly());
        HttpSession session = request.getSession(false);
        Object email = session == null ? null : session.getAttribute(Sessions.SUSPENDED_LOGIN);
        model.addAttribute(
                "suspension",
                email == null
                        ? null
                        : administration.suspension(email.toString()).orElse(null));
        model.addAttribute("declined", email != null && administration.declined(email.toString()));
        return "member/login";
    }

    /**
     * Reached only in SSO-only mode: otherwise the password log-in filter answers {@code POST /login} before any
     * controller. The password is not even looked at.
     */
    @PostMapping("/login")
    String refusePasswordLogIn(Model model, HttpServletResponse response) {
        return refusedInSsoOnlyMode(model, response);
    }

    /**
     * The administrators' break-glass log-in in SSO-only mode: a password form that only admins pass, for when the
     * provider is down or misconfigured. There is no such page otherwise.
     */
    @GetMapping("/login/admin")
    String showBreakGlassLogIn(Model model) {
        if (!providers.ssoOnly()) {
            throw new NotFoundException("Password log-in is not off");
        }
        model.addAttribute("providers", providers.all());
        return "member/loginAdmin";
    }

    @GetMapping("/password-reset")
    String showPasswordReset(Model model) {
        if (providers.ssoOnly()) {
            return ssoOnly(model);
        }
        model.addAttribute("form", FormView.clean(new EmailForm("")));
        model.addAttribute("sent", false);
        return "member/passwordReset";
    }

    @PostMapping("/password-reset")
    String requestPasswordReset(
            @Valid @ModelAttribute EmailForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (providers.ssoOnly()) {
            return refusedInSsoOnlyMode(model, response);
        }
        if (!result.hasErrors()) {
            members.requestPasswordReset(form.email());
        }
        model.addAttribute("form", FormView.of(form, result, messages, locale));
        model.addAttribute("sent", !result.hasErrors());
        return "member/passwordReset";
    }

    @GetMapping("/password-reset/new")
    String showNewPassword(@RequestParam(required = false) String token, Model model) {
        if (providers.ssoOnly()) {
            return ssoOnly(model);
        }
        model.addAttribute("valid", members.isResetLinkValid(token));
        model.addAttribute("form", FormView.clean(new NewPasswordForm(token == null ? "" : token, "")));
        return "member/newPassword";
    }

    @PostMapping("/password-reset/new")
    String setNewPassword(
            @Valid @ModelAttribute NewPasswordForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (providers.ssoOnly()) {
            return refusedInSsoOnlyMode(model, response);
        }
        if (!result.hasErrors()) {
            try {
                if (members.resetPassword(form.token(), form.password())) {
                    return "redirect:/login?reset";
                }
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        model.addAttribute("valid", members.isResetLinkValid(form.token()));
        model.addAttribute("form", FormView.of(new NewPasswordForm(form.token(), ""), result, messages, locale));
        return "member/newPassword";
    }

    /** What the password pages say when members log in only through their company's provider. */
    private String ssoOnly(Model model) {
        model.addAttribute("providers", providers.all());
        model.addAttribute("refused", false);
        return "member/ssoOnly";
    }

    /** A password log-in, sign-up or reset posted while they are off: refused, saying what to do instead. */
    private String refusedInSsoOnlyMode(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("providers", providers.all());
        model.addAttribute("refused", true);
        return "member/ssoOnly";
    }
}

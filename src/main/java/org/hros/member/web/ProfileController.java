package org.hros.member.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberTrust;
import org.hros.member.domain.ApiTokenService;
import org.hros.member.domain.MemberService;
import org.hros.member.domain.TimeZoneChoices;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's own settings: profile and personal access tokens. */
@Controller
class ProfileController {

    private final MemberService members;
    private final ApiTokenService tokens;
    private final MessageSource messages;
    private final TimeZoneChoices timeZones;
    private final ProviderButtons providers;
    private final MemberTrust trust;

    ProfileController(
            MemberService members,
            ApiTokenService tokens,
            MessageSource messages,
            TimeZoneChoices timeZones,
            ProviderButtons providers,
            MemberTrust trust) {
        this.trust = trust;
        this.members = members;
        this.providers = providers;
        this.timeZones = timeZones;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/profile")
    String editProfile(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        // The settings page shows the member's level as it stands now: computed on demand, not only hourly.
        trust.recompute(me.id());
        model.addAttribute("form", FormView.clean(ProfileForm.of(members.ownProfile(me.id()))));
        return settings(me, model, FormView.clean(TokenForm.blank()));
    }

    @PostMapping("/profile")
    String saveProfile(
            @AuthenticationPrincipal MemberPrincipal me,
            @Valid @ModelAttribute ProfileForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                members.updateProfile(me.id(), form.command());
                redirect.addFlashAttribute("flash", "profile.saved");
                return "redirect:/profile";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute("form", FormView.of(form, result, messages, locale));
        return settings(me, model, FormView.clean(TokenForm.blank()));
    }

    /** The zone live sessions' times are shown in; an id that is not on the list is refused with a message. */
    @PostMapping("/profile/time-zone")
    String chooseTimeZone(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute TimeZoneForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // Text with control characters is no zone either, but it gets the message every form gives for it.
        boolean refused = result.hasErrors();
        if (!refused && timeZones.choose(me.id(), form.timeZone())) {
            redirect.addFlashAttribute("flash", "profile.timeZone.saved");
            return "redirect:/profile#time-zone";
        }
        response.setStatus(400);
        model.addAttribute("timeZoneError", refused ? "input.controlCharacters" : "profile.timeZone.invalid");
        model.addAttribute("form", FormView.clean(ProfileForm.of(members.ownProfile(me.id()))));
        return settings(me, model, FormView.clean(TokenForm.blank()));
    }

    @PostMapping("/profile/tokens")
    String createToken(
            @AuthenticationPrincipal MemberPrincipal me,
            @Valid @ModelAttribute TokenForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var scopes = form.chosenScopes();
        if (scopes.isEmpty()) {
            result.rejectValue("scopes", "token.scopes.invalid");
        }
        if (!result.hasErrors()) {
            try {
                // Shown once, after a redirect: refreshing the page must not create another token.
                redirect.addFlashAttribute("newToken", tokens.create(me.id(), form.name(), scopes.get()));
                return "redirect:/profile#tokens";
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("form", FormView.clean(ProfileForm.of(members.ownProfile(me.id()))));
        return settings(me, model, FormView.of(form, result, messages, locale));
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(me.id(), id);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/profile#tokens";
    }

    private String settings(MemberPrincipal me, Model model, FormView<TokenForm> tokenForm) {
        model.addAttribute("profile", members.ownProfile(me.id()));
        model.addAttribute("tokens", tokens.list(me.id()));
        model.addAttribute("tokenForm", tokenForm);
        model.addAttribute("timeZone", timeZones.zoneOf(me.id()).getId());
        model.addAttribute("zones", timeZones.choices());
        model.addAttribute("providersConfigured", providers.any());
        model.addAttribute("trust", trust.standing(me.id()));
        if (!model.containsAttribute("timeZoneError")) {
            model.addAttribute("timeZoneError", null);
        }
        if (!model.containsAttribute("newToken")) {
            model.addAttribute("newToken", null);
        }
        return "member/profileEdit";
    }

    /** The zone chosen on the profile page, by its id. */
    record TimeZoneForm(String timeZone) {}
}

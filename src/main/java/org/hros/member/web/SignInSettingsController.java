package org.hros.member.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import org.hros.member.MemberPrincipal;
import org.hros.member.domain.ProviderAccounts;
import org.hros.member.domain.ProviderAccounts.SignInMethods;
import org.hros.member.domain.ProviderLinkView;
import org.hros.platform.web.ConfirmView;
import org.hros.shared.NotFoundException;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's ways of logging in: their password and the providers linked to their account, which they may
 * remove as long as another way in remains, and link more of. Present only when a provider is configured.
 */
@Controller
@ConditionalOnOAuth2ClientRegistrationProperties
class SignInSettingsController {

    private final ProviderAccounts accounts;
    private final ProviderButtons providers;
    private final Clock clock;

    SignInSettingsController(ProviderAccounts accounts, ProviderButtons providers, Clock clock) {
        this.accounts = accounts;
        this.providers = providers;
        this.clock = clock;
    }

    @GetMapping("/profile/sign-in")
    String showSignInMethods(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        SignInMethods methods = accounts.methods(me.id());
        List<ProviderLinkLineView> lines = methods.links().stream()
                .map(link -> new ProviderLinkLineView(
                        link.id(),
                        providers.nameOf(link.registration()),
                        link.linkedAt(),
                        link.lastUsedAt(),
                        methods.canRemoveLinks() ? confirmRemoval(link) : null))
                .toList();
        model.addAttribute(
                "methods",
                new SignInMethodsView(methods.hasPassword(), methods.passwordCounts(), lines, providers.all()));
        return "member/signInMethods";
    }

    /**
     * Starts linking an account the member has at a provider, under whatever address: they log in there, and the
     * provider's answer links that account to this member ({@link ProviderLinking}).
     */
    @PostMapping("/profile/sign-in/link/{registration}")
    String linkProvider(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable String registration, HttpSession session) {
        if (providers.all().stream().noneMatch(p -> p.registration().equals(registration))) {
            throw new NotFoundException("No such provider");
        }
        ProviderLinking.start(session, me.id(), registration, clock.instant());
        return "redirect:/oauth2/authorization/" + registration;
    }

    @GetMapping("/profile/sign-in/{id}/remove")
    String confirmRemoveLink(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("confirm", confirmRemoval(accounts.link(me.id(), id)));
        return "confirm";
    }

    @PostMapping("/profile/sign-in/{id}/remove")
    String removeLink(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        accounts.unlink(me.id(), id);
        redirect.addFlashAttribute("flash", "signIn.removed");
        return "redirect:/profile/sign-in";
    }

    private ConfirmView confirmRemoval(ProviderLinkView link) {
        return new ConfirmView(
                "confirm-remove-link-" + link.id(),
                "signIn.confirm.title",
                providers.nameOf(link.registration()),
                List.of("signIn.confirm.gone", "signIn.confirm.again"),
                "/profile/sign-in/" + link.id() + "/remove",
                "signIn.remove",
                "/profile/sign-in",
                "btn--small");
    }
}

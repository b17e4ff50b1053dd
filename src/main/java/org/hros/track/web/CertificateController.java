package org.hros.track.web;

import org.hros.member.MemberPrincipal;
import org.hros.track.domain.Certificates;
import org.hros.track.domain.TrackViews.ShownAs;
import org.hros.track.web.TrackPages.CertificatePage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Completion certificates: the public page, what it shows, hiding, revoking and taking a new one. */
@Controller
class CertificateController {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates/{token:[A-Za-z0-9_-]{1,64}}")
    String showCertificate(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String token, Model model) {
        var certificate = certificates.show(token, me == null ? null : me.id());
        model.addAttribute("view", new CertificatePage(certificate, TrackPages.revoke(certificate)));
        return "tracks/certificate";
    }

    @PostMapping("/certificates/{token:[A-Za-z0-9_-]{1,64}}")
    String chooseWhatItShows(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable String token,
            @RequestParam(required = false) ShownAs shownAs,
            @RequestParam(required = false) boolean hidden,
            RedirectAttributes redirect) {
        certificates.choose(token, me.id(), shownAs, hidden);
        redirect.addFlashAttribute("flash", "certificate.saved");
        return "redirect:/certificates/" + token;
    }

    @GetMapping("/certificates/{token:[A-Za-z0-9_-]{1,64}}/revoke")
    String confirmRevoke(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String token, Model model) {
        var certificate = certificates.show(token, me.id());
        if (!certificate.mine()) {
            throw new org.hros.shared.NotFoundException("There is no such certificate.");
        }
        model.addAttribute("confirm", TrackPages.revoke(certificate));
        return "confirm";
    }

    @PostMapping("/certificates/{token:[A-Za-z0-9_-]{1,64}}/revoke")
    String revoke(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable String token, RedirectAttributes redirect) {
        certificates.revoke(token, me.id());
        redirect.addFlashAttribute("flash", "certificate.revoked");
        return "redirect:/tracks/mine";
    }

    @PostMapping("/tracks/{slug:[a-z0-9-]+}/certificate")
    String takeNewCertificate(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable String slug, RedirectAttributes redirect) {
        String token = certificates.reissue(slug, me.id());
        redirect.addFlashAttribute("flash", "certificate.issued");
        return "redirect:/certificates/" + token;
    }
}

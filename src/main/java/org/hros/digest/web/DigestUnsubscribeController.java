package org.hros.digest.web;

import org.hros.digest.domain.DigestPreferences;
import org.hros.digest.domain.DigestUnsubscribeLinks;
import org.hros.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * One-click unsubscribe from the digest, without logging in: the signed token is the proof. A GET (a link preview,
 * a mail scanner) only asks; the POST, from the page or from the mail client's own button
 * ({@code List-Unsubscribe-Post}), turns the digest off.
 */
@Controller
class DigestUnsubscribeController {

    private final DigestUnsubscribeLinks links;
    private final DigestPreferences preferences;

    DigestUnsubscribeController(DigestUnsubscribeLinks links, DigestPreferences preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    @GetMapping("/digest/unsubscribe/{token}")
    String confirmDigestUnsubscribe(@PathVariable String token, Model model) {
        read(token);
        model.addAttribute("token", token);
        return "digest/unsubscribe";
    }

    @PostMapping("/digest/unsubscribe/{token}")
    String unsubscribeFromDigest(@PathVariable String token) {
        preferences.turnOff(read(token));
        return "digest/unsubscribed";
    }

    private long read(String token) {
        return links.read(token).orElseThrow(() -> new NotFoundException("No such unsubscribe link"));
    }
}

package org.hros.notification.web;

import org.hros.notification.domain.NoticePreferences;
import org.hros.notification.domain.UnsubscribeLinks;
import org.hros.notification.domain.Unsubscription;
import org.hros.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * One-click unsubscribe from a notice e-mail, without logging in: the signed token in the link is the proof. A
 * GET (a mail client's link preview, a scanner) only asks; the POST, from the page or from the mail client's own
 * one-click button ({@code List-Unsubscribe-Post}), stops the e-mails. The member still sees the notices in the
 * app.
 */
@Controller
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final NoticePreferences preferences;

    UnsubscribeController(UnsubscribeLinks links, NoticePreferences preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    @GetMapping("/notifications/unsubscribe/{token}")
    String confirmUnsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("what", read(token));
        model.addAttribute("token", token);
        return "notifications/unsubscribe";
    }

    @PostMapping("/notifications/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        Unsubscription what = read(token);
        preferences.unsubscribe(what);
        model.addAttribute("what", what);
        return "notifications/unsubscribed";
    }

    private Unsubscription read(String token) {
        return links.read(token).orElseThrow(() -> new NotFoundException("No such unsubscribe link"));
    }
}

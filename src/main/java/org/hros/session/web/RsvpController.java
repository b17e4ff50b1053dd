package org.hros.session.web;

import org.hros.member.MemberPrincipal;
import org.hros.session.domain.RsvpState;
import org.hros.session.domain.SessionQueries;
import org.hros.session.domain.SessionRsvps;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member taking a seat (or a waiting place) at a session, and giving it up after being asked. */
@Controller
class RsvpController {

    private final SessionRsvps rsvps;
    private final SessionQueries queries;

    RsvpController(SessionRsvps rsvps, SessionQueries queries) {
        this.rsvps = rsvps;
        this.queries = queries;
    }

    @PostMapping("/sessions/{id:\\d+}/rsvp")
    String rsvp(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        RsvpState state = rsvps.rsvp(id, me.id());
        redirect.addFlashAttribute(
                "flash", state == RsvpState.CONFIRMED ? "session.rsvp.confirmed" : "session.rsvp.waiting");
        return "redirect:/sessions/" + id;
    }

    /** Asks first: a seat given up goes to the next on the waiting list at once. */
    @GetMapping("/sessions/{id:\\d+}/cancel")
    String confirmCancel(@PathVariable long id, Model model) {
        model.addAttribute("confirm", LiveSessionController.cancelConfirm(queries.read(id)));
        return "confirm";
    }

    @PostMapping("/sessions/{id:\\d+}/cancel")
    String cancel(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        rsvps.cancel(id, me.id());
        redirect.addFlashAttribute("flash", "session.rsvp.cancelled");
        return "redirect:/sessions/" + id;
    }
}

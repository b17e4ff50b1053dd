package org.hros.session.web;

import org.hros.member.MemberPrincipal;
import org.hros.session.domain.CalendarTokens;
import org.hros.session.domain.SessionCalendar;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sessions as iCalendar: one session to download, the public calendar of upcoming sessions, and each member's
 * private calendar of their own, at an address with a secret token they can replace or revoke.
 */
@Controller
class CalendarController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final SessionCalendar calendar;
    private final CalendarTokens tokens;

    CalendarController(SessionCalendar calendar, CalendarTokens tokens) {
        this.calendar = calendar;
        this.tokens = tokens;
    }

    @GetMapping("/sessions/{id:\\d+}.ics")
    ResponseEntity<String> sessionCalendar(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("hros-session-" + id + ".ics")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noCache())
                .body(calendar.session(id));
    }

    @GetMapping("/sessions.ics")
    ResponseEntity<String> upcomingCalendar() {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noCache())
                .body(calendar.upcoming());
    }

    /** The private calendar: never cached by shared caches, as its address is the secret. */
    @GetMapping("/sessions/calendar/{token}.ics")
    ResponseEntity<String> myCalendar(@PathVariable String token) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore())
                .body(calendar.mine(token));
    }

    @PostMapping("/sessions/calendar")
    String issueCalendar(@AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("calendarToken", tokens.issue(me.id()));
        redirect.addFlashAttribute("flash", "session.calendar.issued");
        return "redirect:/sessions#calendar";
    }

    @PostMapping("/sessions/calendar/revoke")
    String revokeCalendar(@AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
        tokens.revoke(me.id());
        redirect.addFlashAttribute("flash", "session.calendar.revoked");
        return "redirect:/sessions#calendar";
    }
}

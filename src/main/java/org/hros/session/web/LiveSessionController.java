package org.hros.session.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberTimeZones;
import org.hros.platform.web.ConfirmView;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.request.RequestCatalog;
import org.hros.session.domain.CalendarTokens;
import org.hros.session.domain.LiveSessionView;
import org.hros.session.domain.LiveSessions;
import org.hros.session.domain.RsvpState;
import org.hros.session.domain.SessionQueries;
import org.hros.session.domain.SessionRsvps;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.PageView;
import org.hros.shared.Topic;
import org.hros.shared.Vocabulary;
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

/** Listing, reading, scheduling and changing live sessions. Scheduling and changing are for editors. */
@Controller
class LiveSessionController {

    static final int PAGE_SIZE = 10;

    private final LiveSessions sessions;
    private final SessionQueries queries;
    private final SessionRsvps rsvps;
    private final CalendarTokens calendars;
    private final RequestCatalog requests;
    private final MemberTimeZones zones;
    private final MessageSource messages;
    private final java.time.Clock clock;

    LiveSessionController(
            LiveSessions sessions,
            SessionQueries queries,
            SessionRsvps rsvps,
            CalendarTokens calendars,
            RequestCatalog requests,
            MemberTimeZones zones,
            MessageSource messages,
            java.time.Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.queries = queries;
        this.rsvps = rsvps;
        this.calendars = calendars;
        this.requests = requests;
        this.zones = zones;
        this.messages = messages;
    }

    @GetMapping("/sessions")
    String listSessions(
            @AuthenticationPrincipal MemberPrincipal me,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer past,
            Model model) {
        Topic chosen =
                topic == null ? null : Vocabulary.fromSlug(Topic.class, topic).orElse(null);
        String words = q == null || q.isBlank()
                ? null
                : q.strip().substring(0, Math.min(q.strip().length(), 200));
        String token = (String) model.getAttribute("calendarToken");
        model.addAttribute(
                "page",
                new SessionPageViews.ListPage(
                        queries.upcoming(chosen, PageView.normalise(page), PAGE_SIZE),
                        queries.past(chosen, words, PageView.normalise(past), PAGE_SIZE),
                        chosen,
                        words,
                        zone(me),
                        me != null && calendars.has(me.id()),
                        token));
        return "sessions/index";
    }

    @GetMapping("/sessions/{id:\\d+}")
    String showSession(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
        LiveSessionView session = queries.read(id);
        boolean editor = me != null && me.isEditor();
        model.addAttribute(
                "page",
                new SessionPageViews.ShowPage(
                        session,
                        zone(me),
                        me == null ? RsvpState.NONE : rsvps.stateOf(id, me.id()),
                        editor ? rsvps.attendees(id) : List.of(),
                        !session.endsAt().isAfter(clock.instant()),
                        cancelConfirm(session)));
        return "sessions/show";
    }

    @GetMapping("/sessions/new")
    String newSession(
            @AuthenticationPrincipal MemberPrincipal me, @RequestParam(required = false) Long request, Model model) {
        Long from = null;
        String title = "";
        if (request != null) {
            var found = requests.read(request);
            if (found.isPresent()) {
                from = found.get().id();
                title = found.get().title();
            }
        }
        return edit(model, null, FormView.clean(LiveSessionForm.blank(from, title, me.handle())), zone(me));
    }

    @PostMapping("/sessions")
    String scheduleSession(
            @AuthenticationPrincipal MemberPrincipal me,
            @Valid @ModelAttribute("form") LiveSessionForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        checkPlace(form, result);
        if (!result.hasErrors()) {
            try {
                long id = sessions.schedule(me.id(), form.command(zone(me)));
                redirect.addFlashAttribute("flash", "session.scheduled");
                return "redirect:/sessions/" + id;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        return edit(model, null, FormView.of(form, result, messages, locale), zone(me));
    }

    @GetMapping("/sessions/{id:\\d+}/edit")
    String editSession(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, Model model) {
        LiveSessionView session = queries.read(id);
        return edit(
                model,
                session,
                FormView.clean(LiveSessionForm.of(session, queries.hostHandles(id), zone(me))),
                zone(me));
    }

    @PostMapping("/sessions/{id:\\d+}/edit")
    String changeSession(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") LiveSessionForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        LiveSessionView session = queries.read(id);
        checkPlace(form, result);
        if (!result.hasErrors()) {
            try {
                sessions.change(id, form.command(zone(me)));
                redirect.addFlashAttribute("flash", "session.changed");
                return "redirect:/sessions/" + id;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        return edit(model, session, FormView.of(form, result, messages, locale), zone(me));
    }

    private static void checkPlace(LiveSessionForm form, BindingResult result) {
        form.checkRanges(result);
    }

    private String edit(Model model, LiveSessionView session, FormView<LiveSessionForm> form, ZoneId zone) {
        model.addAttribute("session", session);
        model.addAttribute("form", form);
        model.addAttribute("zone", zone.getId());
        return "sessions/edit";
    }

    private ZoneId zone(MemberPrincipal me) {
        return me == null ? zones.defaultZone() : zones.zoneOf(me.id());
    }

    static ConfirmView cancelConfirm(LiveSessionView session) {
        return new ConfirmView(
                "cancel-rsvp",
                "session.cancel.title",
                session.title(),
                List.of("session.cancel.point"),
                "/sessions/" + session.id() + "/cancel",
                "session.cancel",
                session.path(),
                "");
    }
}

package org.hros.session.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.session.domain.LiveSessionView;
import org.hros.session.domain.LiveSessions;
import org.hros.session.domain.SessionQueries;
import org.hros.shared.FieldErrorsException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors recording what a session left behind: the recording, notes, and the cases and requests it covered. */
@Controller
class AfterwardsController {

    private final LiveSessions sessions;
    private final SessionQueries queries;
    private final MessageSource messages;

    AfterwardsController(LiveSessions sessions, SessionQueries queries, MessageSource messages) {
        this.sessions = sessions;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/sessions/{id:\\d+}/afterwards")
    String editAfterwards(@PathVariable long id, Model model) {
        LiveSessionView session = queries.read(id);
        model.addAttribute("session", session);
        model.addAttribute("form", FormView.clean(AfterwardsForm.of(session)));
        return "sessions/afterwards";
    }

    @PostMapping("/sessions/{id:\\d+}/afterwards")
    String recordAfterwards(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AfterwardsForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        LiveSessionView session = queries.read(id);
        if (!result.hasErrors()) {
            try {
                sessions.recordAfterwards(id, form.command());
                redirect.addFlashAttribute("flash", "session.afterwards.saved");
                return "redirect:/sessions/" + id;
            } catch (FieldErrorsException e) {
                FormErrors.copy(e, result);
            }
        }
        response.setStatus(400);
        model.addAttribute("session", session);
        model.addAttribute("form", FormView.of(form, result, messages, locale));
        return "sessions/afterwards";
    }
}

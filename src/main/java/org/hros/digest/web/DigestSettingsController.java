package org.hros.digest.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hros.digest.domain.DigestFrequency;
import org.hros.digest.domain.DigestPreference;
import org.hros.digest.domain.DigestPreferences;
import org.hros.digest.domain.TimeZones;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.FormView;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each member chooses how often the digest comes, on which day, at which hour and in which time zone. */
@Controller
class DigestSettingsController {

    static final List<Integer> HOURS = IntStream.range(0, 24).boxed().toList();

    private final DigestPreferences preferences;
    private final MessageSource messages;

    DigestSettingsController(DigestPreferences preferences, MessageSource messages) {
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping("/settings/digest")
    String editDigestSettings(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("form", FormView.clean(DigestSettingsForm.of(preferences.of(me.id()))));
        return settings(model);
    }

    @PostMapping("/settings/digest")
    String saveDigestSettings(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute("digestForm") DigestSettingsForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<DigestPreference> choice = form.read(result);
        if (choice.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", FormView.of(form, result, messages, locale));
            return settings(model);
        }
        preferences.save(me.id(), choice.get());
        redirect.addFlashAttribute("flash", "digest.settings.saved");
        return "redirect:/settings/digest";
    }

    private static String settings(Model model) {
        model.addAttribute("frequencies", List.of(DigestFrequency.values()));
        model.addAttribute("days", List.of(DayOfWeek.values()));
        model.addAttribute("hours", HOURS);
        model.addAttribute("zones", TimeZones.suggestions());
        return "digest/settings";
    }
}

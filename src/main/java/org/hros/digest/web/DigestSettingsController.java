package org.hros.digest.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hros.digest.domain.DigestChoice;
import org.hros.digest.domain.DigestFrequency;
import org.hros.digest.domain.DigestPreferences;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberTimeZones;
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

/**
 * Each member chooses how often the digest comes, on which day and at which hour. The hour is one of their own time
 * zone, shown here and chosen on the profile, so a member has one zone for everything.
 */
@Controller
class DigestSettingsController {

    static final List<Integer> HOURS = IntStream.range(0, 24).boxed().toList();

    private final DigestPreferences preferences;
    private final MemberTimeZones zones;
    private final MessageSource messages;

    DigestSettingsController(DigestPreferences preferences, MemberTimeZones zones, MessageSource messages) {
        this.preferences = preferences;
        this.zones = zones;
        this.messages = messages;
    }

    @GetMapping("/settings/digest")
    String editDigestSettings(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("form", FormView.clean(DigestSettingsForm.of(preferences.choiceOf(me.id()))));
        return settings(me, model);
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
        Optional<DigestChoice> choice = form.read(result);
        if (choice.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", FormView.of(form, result, messages, locale));
            return settings(me, model);
        }
        preferences.save(me.id(), choice.get());
        redirect.addFlashAttribute("flash", "digest.settings.saved");
        return "redirect:/settings/digest";
    }

    private String settings(MemberPrincipal me, Model model) {
        model.addAttribute("frequencies", List.of(DigestFrequency.values()));
        model.addAttribute("days", List.of(DayOfWeek.values()));
        model.addAttribute("hours", HOURS);
        model.addAttribute("zone", zones.zoneOf(me.id()).getId());
        return "digest/settings";
    }
}

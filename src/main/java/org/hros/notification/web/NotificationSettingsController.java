package org.hros.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hros.member.MemberPrincipal;
import org.hros.notification.NoticeCategory;
import org.hros.notification.NoticeDelivery;
import org.hros.notification.domain.NoticePreferences;
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

/** Each member chooses, per category, whether and how they hear of notices. */
@Controller
class NotificationSettingsController {

    /** Categories added after the first ones: a form loaded before one existed leaves its choice alone. */
    private static final java.util.Set<NoticeCategory> ADDED_LATER = java.util.EnumSet.of(
            NoticeCategory.TEAM_TRAINING,
            NoticeCategory.CIRCLE_THREADS,
            NoticeCategory.THREAD_REPLIES,
            NoticeCategory.CIRCLE_REPLIES,
            NoticeCategory.CHECK_IN_RESPONSES,
            NoticeCategory.CHECK_IN_REMINDERS,
            NoticeCategory.FLAG_OUTCOMES,
            NoticeCategory.OPERATIONS);

    private final NoticePreferences preferences;
    private final MessageSource messages;

    NotificationSettingsController(NoticePreferences preferences, MessageSource messages) {
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping("/settings/notifications")
    String editSettings(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("form", FormView.clean(NotificationSettingsForm.of(preferences.of(me.id()))));
        return settings(me, model);
    }

    /** Every choice must be one of the four; nothing is saved unless all are. */
    @PostMapping("/settings/notifications")
    String saveSettings(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute("settingsForm") NotificationSettingsForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<NoticeCategory, NoticeDelivery> choices = new EnumMap<>(NoticeCategory.class);
        for (NoticeCategory category : categoriesFor(me)) {
            String value = form.value(category);
            if (value == null && ADDED_LATER.contains(category)) {
                // Added later than the other categories: a form loaded before it existed keeps the member's choice.
                continue;
            }
            NoticeDelivery delivery = parse(value);
            if (delivery == null) {
                result.rejectValue(NotificationSettingsForm.field(category), "notifications.settings.invalid");
            } else {
                choices.put(category, delivery);
            }
        }
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("form", FormView.of(form, result, messages, locale));
            return settings(me, model);
        }
        preferences.save(me.id(), choices);
        redirect.addFlashAttribute("flash", "notifications.settings.saved");
        return "redirect:/settings/notifications";
    }

    private String settings(MemberPrincipal me, Model model) {
        model.addAttribute("categories", categoriesFor(me));
        model.addAttribute("deliveries", List.of(NoticeDelivery.values()));
        return "notifications/settings";
    }

    /** New offers and submissions reach editors only, so only they choose how; the same for admins' operations. */
    private static List<NoticeCategory> categoriesFor(MemberPrincipal me) {
        return List.of(NoticeCategory.values()).stream()
                .filter(c -> (c != NoticeCategory.NEW_OFFERS && c != NoticeCategory.NEW_SUBMISSIONS)
                        || me.role().canEdit())
                .filter(c -> c != NoticeCategory.OPERATIONS || me.role() == org.hros.member.MemberRole.ADMIN)
                .toList();
    }

    private static NoticeDelivery parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return NoticeDelivery.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

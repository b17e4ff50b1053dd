package org.hros.site.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.hros.casestudy.Licence;
import org.hros.image.ImageUploads;
import org.hros.member.MemberPrincipal;
import org.hros.member.SignUpMode;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.hros.site.domain.MailCheck;
import org.hros.site.domain.SiteSettingsService;
import org.hros.site.domain.SiteSettingsValues;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins set the community's name, texts, contact, default licence and sign-up mode, its logo, and test mail. */
@Controller
class SettingsController {

    private final SiteSettingsService settings;
    private final ImageUploads images;
    private final MailCheck mailCheck;
    private final MessageSource messages;

    SettingsController(SiteSettingsService settings, ImageUploads images, MailCheck mailCheck, MessageSource messages) {
        this.settings = settings;
        this.images = images;
        this.mailCheck = mailCheck;
        this.messages = messages;
    }

    @GetMapping("/admin/settings")
    String showSettings(Model model) {
        SiteSettingsValues stored = settings.values();
        return page(FormView.clean(SettingsForm.of(stored)), stored.logo(), null, model);
    }

    @PostMapping("/admin/settings")
    String saveSettings(
            @AuthenticationPrincipal MemberPrincipal me,
            @Valid @ModelAttribute SettingsForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Licence licence = choice(Licence.class, form.defaultLicence());
        SignUpMode mode = choice(SignUpMode.class, form.signUpMode());
        if (licence == null) {
            result.rejectValue("defaultLicence", "settings.defaultLicence.invalid");
        }
        if (mode == null) {
            result.rejectValue("signUpMode", "settings.signUpMode.invalid");
        }
        SiteSettingsValues stored = settings.values();
        if (result.hasErrors()) {
            // The typed values come back with each field's message; nothing is saved.
            response.setStatus(400);
            return page(FormView.of(form, result, messages, locale), stored.logo(), null, model);
        }
        int changed = settings.save(
                me.id(),
                new SiteSettingsValues(
                        form.name(),
                        form.cleanTagline(),
                        stored.logo(),
                        form.welcomeText().strip(),
                        form.groundRules().strip(),
                        form.contactAddress().strip(),
                        licence,
                        mode));
        redirect.addFlashAttribute("flash", changed == 0 ? "settings.unchanged" : "settings.saved");
        return "redirect:/admin/settings";
    }

    @PostMapping("/admin/settings/logo")
    String uploadLogo(
            @AuthenticationPrincipal MemberPrincipal me,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SiteSettingsValues stored = settings.values();
        String problem = null;
        if (file == null || file.isEmpty()) {
            problem = "settings.logo.required";
        } else {
            try {
                String address = images.store(me.id(), file.getBytes(), stored.communityName());
                settings.save(me.id(), stored.withLogo(address));
                redirect.addFlashAttribute("flash", "settings.logo.saved");
                return "redirect:/admin/settings";
            } catch (FieldErrorsException e) {
                problem = e.errors().get(0).code();
            } catch (ImageUploads.ImagesBusy e) {
                response.setHeader("Retry-After", "5");
                problem = "image.file.busy";
            } catch (IOException e) {
                problem = "image.file.broken";
            }
        }
        response.setStatus("image.file.busy".equals(problem) ? 503 : 400);
        return page(FormView.clean(SettingsForm.of(stored)), stored.logo(), problem, model);
    }

    @PostMapping("/admin/settings/logo/remove")
    String removeLogo(@AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
        settings.save(me.id(), settings.values().withLogo(null));
        redirect.addFlashAttribute("flash", "settings.logo.removed");
        return "redirect:/admin/settings";
    }

    /** Sends a test e-mail to the admin signed in, now, and says whether the mail server accepted it. */
    @PostMapping("/admin/settings/test-mail")
    String sendTestMail(@AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
        MailCheck.Result sent = mailCheck.sendTo(me.id(), me.getUsername());
        redirect.addFlashAttribute(sent == MailCheck.Result.ACCEPTED ? "flash" : "problem", sent.messageKey());
        return "redirect:/admin/settings#test-mail";
    }

    @ExceptionHandler(RateLimitExceededException.class)
    void tooManyTestMails(RateLimitExceededException e, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
        response.sendError(429);
    }

    private String page(FormView<SettingsForm> form, String logo, String logoProblem, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("logo", logo);
        model.addAttribute("logoProblem", logoProblem);
        return "admin/settings";
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }
}

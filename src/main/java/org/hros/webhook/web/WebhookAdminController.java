package org.hros.webhook.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.hros.member.MemberPrincipal;
import org.hros.platform.web.ConfirmView;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.FormView;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.PageView;
import org.hros.webhook.domain.CreatedWebhook;
import org.hros.webhook.domain.WebhookCommand;
import org.hros.webhook.domain.WebhookEventType;
import org.hros.webhook.domain.WebhookView;
import org.hros.webhook.domain.Webhooks;
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

/** Admins add, change, pause, resume and remove webhooks, and read and resend their deliveries. */
@Controller
class WebhookAdminController {

    static final int LOG_SIZE = 25;

    private final Webhooks webhooks;
    private final MessageSource messages;

    WebhookAdminController(Webhooks webhooks, MessageSource messages) {
        this.webhooks = webhooks;
        this.messages = messages;
    }

    @GetMapping("/admin/webhooks")
    String listWebhooks(Model model) {
        model.addAttribute("webhooks", webhooks.list());
        return "admin/webhooks";
    }

    @GetMapping("/admin/webhooks/new")
    String newWebhook(Model model) {
        return newPage(FormView.clean(WebhookForm.blank()), model);
    }

    @PostMapping("/admin/webhooks")
    String createWebhook(
            @AuthenticationPrincipal MemberPrincipal me,
            @ModelAttribute("webhookForm") WebhookForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            // Text the binder refused (control characters) is answered like any other refusal.
            FormErrors.raise(result);
            CreatedWebhook created = webhooks.create(me.id(), command(form));
            // Shown once, after a redirect: reloading the page must not make another webhook.
            redirect.addFlashAttribute("newSecret", created.secret());
            redirect.addFlashAttribute("flash", "webhook.created");
            return "redirect:/admin/webhooks/" + created.id();
        } catch (FieldErrorsException e) {
            FormErrors.copy(e, result);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return newPage(FormView.of(form, result, messages, locale), model);
        }
    }

    @GetMapping("/admin/webhooks/{id}")
    String showWebhook(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        WebhookView webhook = webhooks.find(id);
        return page(webhook, FormView.clean(WebhookForm.of(webhook)), page, model);
    }

    @PostMapping("/admin/webhooks/{id}")
    String updateWebhook(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @ModelAttribute("webhookForm") WebhookForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        WebhookView webhook = webhooks.find(id);
        try {
            FormErrors.raise(result);
            webhooks.update(me.id(), id, command(form));
            redirect.addFlashAttribute("flash", "webhook.saved");
            return "redirect:/admin/webhooks/" + id;
        } catch (FieldErrorsException e) {
            FormErrors.copy(e, result);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(webhook, FormView.of(form, result, messages, locale), null, model);
        }
    }

    @PostMapping("/admin/webhooks/{id}/pause")
    String pauseWebhook(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        webhooks.pause(me.id(), id);
        redirect.addFlashAttribute("flash", "webhook.paused");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/resume")
    String resumeWebhook(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        webhooks.resume(me.id(), id);
        redirect.addFlashAttribute("flash", "webhook.resumed");
        return "redirect:/admin/webhooks/" + id;
    }

    @GetMapping("/admin/webhooks/{id}/secret")
    String confirmRegenerate(@PathVariable long id, Model model) {
        model.addAttribute("confirm", regenerate(webhooks.find(id)));
        return "confirm";
    }

    @PostMapping("/admin/webhooks/{id}/secret")
    String regenerateSecret(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newSecret", webhooks.regenerateSecret(me.id(), id));
        redirect.addFlashAttribute("flash", "webhook.secret.regenerated");
        return "redirect:/admin/webhooks/" + id;
    }

    @GetMapping("/admin/webhooks/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("confirm", delete(webhooks.find(id)));
        return "confirm";
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String deleteWebhook(
            @AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        webhooks.delete(me.id(), id);
        redirect.addFlashAttribute("flash", "webhook.deleted");
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/resend")
    String resendDelivery(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @PathVariable long deliveryId,
            RedirectAttributes redirect) {
        webhooks.resend(me.id(), id, deliveryId);
        redirect.addFlashAttribute("flash", "webhook.resent");
        return "redirect:/admin/webhooks/" + id + "#deliveries";
    }

    private String newPage(FormView<WebhookForm> form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("eventTypes", List.of(WebhookEventType.values()));
        return "admin/webhookNew";
    }

    private String page(WebhookView webhook, FormView<WebhookForm> form, Integer page, Model model) {
        PageView<org.hros.webhook.domain.DeliveryAttemptView> log =
                webhooks.attempts(webhook.id(), PageView.normalise(page), LOG_SIZE);
        String secret = model.containsAttribute("newSecret") ? (String) model.getAttribute("newSecret") : null;
        model.addAttribute(
                "view", new WebhookPageView(webhook, form, log, secret, regenerate(webhook), delete(webhook)));
        return "admin/webhook";
    }

    /** An event that HROS does not send is refused with the others' messages, naming {@code events}. */
    private static WebhookCommand command(WebhookForm form) {
        return form.command()
                .orElseThrow(() -> new FieldErrorsException(
                        List.of(new FieldErrorsException.FieldError("events", "webhook.events.unknown"))));
    }

    private static ConfirmView regenerate(WebhookView webhook) {
        return new ConfirmView(
                "regenerate-secret",
                "webhook.secret.confirm.title",
                webhook.url(),
                List.of("webhook.secret.confirm.point1", "webhook.secret.confirm.point2"),
                "/admin/webhooks/" + webhook.id() + "/secret",
                "webhook.secret.regenerate",
                "/admin/webhooks/" + webhook.id(),
                "btn--small");
    }

    private static ConfirmView delete(WebhookView webhook) {
        return new ConfirmView(
                "delete-webhook",
                "webhook.delete.confirm.title",
                webhook.url(),
                List.of("webhook.delete.confirm.point1", "webhook.delete.confirm.point2"),
                "/admin/webhooks/" + webhook.id() + "/delete",
                "webhook.delete",
                "/admin/webhooks/" + webhook.id(),
                "btn--small");
    }
}

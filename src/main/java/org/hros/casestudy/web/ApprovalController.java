package org.hros.casestudy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hros.casestudy.domain.EmployerApprovals;
import org.hros.platform.web.FormErrors;
import org.hros.shared.FieldErrorsException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The page behind the private link mailed to the approver the author named at their employer. No log-in: the
 * link is the credential. A link that is used, expired or no longer wanted answers 410 with its own page.
 */
@Controller
class ApprovalController {

    private final EmployerApprovals approvals;

    ApprovalController(EmployerApprovals approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/approvals/thanks")
    String thanks() {
        return "approvals/thanks";
    }

    @GetMapping("/approvals/{secret}")
    String showCase(@PathVariable String secret, Model model, HttpServletResponse response) {
        return approvals
                .open(secret)
                .map(approval -> {
                    model.addAttribute("approval", approval);
                    return "approvals/show";
                })
                .orElseGet(() -> gone(response));
    }

    @PostMapping("/approvals/{secret}")
    String decide(
            @PathVariable String secret,
            DecisionForm form,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        try {
            FormErrors.raise(result);
        } catch (FieldErrorsException e) {
            // Text the approver cannot have meant: back to the page, whose layout shows the message.
            redirect.addFlashAttribute("problem", e.errors().get(0).code());
            return "redirect:/approvals/" + UriUtils.encodePathSegment(secret, StandardCharsets.UTF_8);
        }
        String decision = form.decision();
        String comment = form.comment();
        if (decision == null) {
            throw new MissingServletRequestParameterException("decision", "String");
        }
        if (!"approve".equals(decision) && !"decline".equals(decision)) {
            throw new FieldErrorsException(
                    List.of(new FieldErrorsException.FieldError("decision", "approval.decision")));
        }
        boolean approve = "approve".equals(decision);
        if (!approvals.decide(secret, approve, comment)) {
            return gone(response);
        }
        redirect.addFlashAttribute("flash", approve ? "approval.approved" : "approval.declined");
        return "redirect:/approvals/thanks";
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return "approvals/gone";
    }

    /** The button the approver pressed and what they would like the author to know. */
    record DecisionForm(String decision, String comment) {}
}

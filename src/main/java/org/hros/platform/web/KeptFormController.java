package org.hros.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.hros.platform.KeptForm;
import org.hros.platform.KeptFormReplay;
import org.hros.platform.SignedInMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a member lands after logging in again when a form of theirs was kept because their session had ended
 * (see {@link KeptForms}). A draft's text is saved for them at once; any other form is shown with what it held, to
 * send again with one click.
 *
 * <p>This is a GET that may save: the form is collected once, with a token that only the sender's browser holds,
 * and only for the member now logged in, so nothing here can be triggered on someone else's behalf.
 */
@Controller
class KeptFormController {

    private final KeptForms kept;
    private final List<KeptFormReplay> replays;

    KeptFormController(KeptForms kept, List<KeptFormReplay> replays) {
        this.kept = kept;
        this.replays = replays;
    }

    @GetMapping("/kept")
    String collectKeptForm(
            @AuthenticationPrincipal SignedInMember me,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (me == null) {
            return KeptForms.waiting(request) ? "redirect:/login?kept" : "redirect:/login";
        }
        Optional<KeptForm> form = kept.collect(request, response, me.id());
        if (form.isPresent()) {
            for (KeptFormReplay replay : replays) {
                Optional<String> next = replay.replay(me.id(), form.get());
                if (next.isPresent()) {
                    redirect.addFlashAttribute("flash", "kept.saved");
                    return "redirect:" + next.get();
                }
            }
        }
        model.addAttribute("kept", form.map(KeptFormView::of).orElse(null));
        return "kept";
    }
}

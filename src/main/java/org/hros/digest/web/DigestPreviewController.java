package org.hros.digest.web;

import org.hros.digest.domain.DigestPreviews;
import org.hros.member.MemberPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in member's next digest as it stands now, exactly as the mail will show it. */
@Controller
class DigestPreviewController {

    private final DigestPreviews previews;

    DigestPreviewController(DigestPreviews previews) {
        this.previews = previews;
    }

    @GetMapping("/digest/preview")
    String previewDigest(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("preview", previews.preview(me.id()));
        return "digest/preview";
    }
}

package org.hros.notification.web;

import org.hros.member.MemberPrincipal;
import org.hros.notification.domain.Notices;
import org.hros.shared.NotFoundException;
import org.hros.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's notices: the bell in the page header, the list, and marking them read. */
@Controller
class NotificationController {

    static final int PAGE_SIZE = 20;

    private final Notices notices;

    NotificationController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notifications")
    String listNotices(
            @AuthenticationPrincipal MemberPrincipal me, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("notices", notices.page(me.id(), PageView.normalise(page), PAGE_SIZE));
        model.addAttribute("unread", notices.unreadCount(me.id()));
        return "notifications/list";
    }

    /**
     * The bell with the unread count, loaded into every page's header by htmx, so the page frame needs to know
     * nothing of notices. Nobody signed in: nothing to swap in.
     */
    @GetMapping("/notifications/bell")
    Object showBell(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        if (me == null) {
            return ResponseEntity.noContent().build();
        }
        model.addAttribute("unread", notices.unreadCount(me.id()));
        return "notifications/bell";
    }

    /** Following a notice marks it read and leads to the thing it is about. */
    @GetMapping("/notifications/{id}")
    String followNotice(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id) {
        String link = notices.open(me.id(), id).orElseThrow(() -> new NotFoundException("No such notice"));
        return "redirect:" + link;
    }

    @PostMapping("/notifications/read")
    String markAllRead(@AuthenticationPrincipal MemberPrincipal me, RedirectAttributes redirect) {
        notices.markAllRead(me.id());
        redirect.addFlashAttribute("flash", "notifications.allRead");
        return "redirect:/notifications";
    }
}

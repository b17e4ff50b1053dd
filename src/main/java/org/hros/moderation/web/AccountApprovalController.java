package org.hros.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.hros.member.MemberAccountView;
import org.hros.member.MemberAdministration;
import org.hros.member.MemberPrincipal;
import org.hros.member.MemberQuery;
import org.hros.member.MemberState;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.PageView;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors and admins decide on accounts that wait for approval (sign-up "open with approval"): the list of waiting
 * accounts, approve, decline. Admins find the same accounts in the member directory, filtered "waiting", whose
 * buttons post here. The person is told by mail either way; every decision is audited.
 */
@Controller
class AccountApprovalController {

    private final MemberAdministration members;

    AccountApprovalController(MemberAdministration members) {
        this.members = members;
    }

    @GetMapping("/review/members")
    String listWaiting(@RequestParam(required = false) String page, Model model) {
        PageView<MemberAccountView> found =
                members.search(new MemberQuery("", null, MemberState.WAITING, PageView.normalise(number(page))));
        model.addAttribute("found", found);
        return "admin/waiting";
    }

    @PostMapping("/review/members/{id}/approve")
    String approve(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.REFERER, required = false) String from,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Model model) {
        return decide(() -> members.approve(me.id(), id), "admin.approval.approved", from, redirect, response, model);
    }

    @PostMapping("/review/members/{id}/decline")
    String decline(
            @AuthenticationPrincipal MemberPrincipal me,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.REFERER, required = false) String from,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Model model) {
        return decide(() -> members.decline(me.id(), id), "admin.approval.declined", from, redirect, response, model);
    }

    private String decide(
            Runnable decision,
            String done,
            String from,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Model model) {
        try {
            decision.run();
        } catch (FieldErrorsException e) {
            // Another editor decided first: the list says so, with what is still waiting.
            response.setStatus(409);
            model.addAttribute("problem", e.errors().get(0).code());
            return listWaiting(null, model);
        }
        redirect.addFlashAttribute("flash", done);
        // An admin who decided in the member directory goes back to it; the address is never taken from the request.
        return from != null && from.contains("/admin/members")
                ? "redirect:/admin/members?state=WAITING"
                : "redirect:/review/members";
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

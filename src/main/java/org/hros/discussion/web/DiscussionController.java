package org.hros.discussion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.hros.discussion.FollowState;
import org.hros.discussion.ThreadOptions;
import org.hros.discussion.ThreadView;
import org.hros.discussion.ThreadView.ComposeView;
import org.hros.discussion.domain.DiscussionService;
import org.hros.discussion.domain.DiscussionService.Branch;
import org.hros.member.MemberPrincipal;
import org.hros.platform.RateLimitExceededException;
import org.hros.platform.RateLimits;
import org.hros.platform.web.FormErrors;
import org.hros.platform.web.PostsContent;
import org.hros.shared.FieldErrorsException;
import org.hros.shared.PageView;
import org.hros.shared.SubjectRef;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Threads as pages and as htmx fragments: every action works as a plain form or link, and htmx swaps in only
 * what changed (a new reply, an edited one, the reply form).
 */
@Controller
class DiscussionController {

    private final DiscussionService discussion;
    private final RateLimits limits;
    private final MessageSource messages;

    DiscussionController(DiscussionService discussion, RateLimits limits, MessageSource messages) {
        this.discussion = discussion;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/discussion/{type}/{id:\\d+}")
    String showThread(
            @PathVariable String type,
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Long replyTo,
            @RequestParam(required = false) Long quote,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal MemberPrincipal me,
            Model model) {
        ThreadView thread = discussion.thread(
                WebSupport.subject(type, id),
                WebSupport.viewer(me),
                new ThreadOptions(PageView.normalise(page), replyTo, quote));
        model.addAttribute("thread", thread);
        return htmx != null ? "discussion/thread" : "discussion/page";
    }

    @GetMapping("/discussion/{type}/{id:\\d+}/news")
    String showNews(
            @PathVariable String type,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long after,
            Model model) {
        SubjectRef subject = WebSupport.subject(type, id);
        ThreadView thread = discussion.thread(subject, null, ThreadOptions.FIRST_PAGE);
        model.addAttribute("threadPath", thread.threadPath());
        model.addAttribute("subjectPath", thread.subjectPath());
        model.addAttribute("after", after);
        model.addAttribute("fresh", discussion.newerThan(subject, after));
        return "discussion/news";
    }

    @PostsContent
    @PostMapping("/discussion/{type}/{id:\\d+}/replies")
    ModelAndView postReply(
            @PathVariable String type,
            @PathVariable long id,
            @ModelAttribute ReplyForm form,
            BindingResult result,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal MemberPrincipal me,
            HttpServletResponse response,
            RedirectAttributes redirectAttributes,
            Locale locale) {
        SubjectRef subject = WebSupport.subject(type, id);
        limits.consume(RateLimits.Action.POST, "member:" + me.getUsername());
        String postPath = "/discussion/" + subject.type().name() + "/" + subject.id() + "/replies";
        long replyId;
        try {
            FormErrors.raise(result);
            replyId = discussion.post(subject, me.id(), form.body(), form.parentId());
        } catch (FieldErrorsException e) {
            ComposeView compose = new ComposeView(
                    form.body() == null ? "" : form.body(), form.parentId(), WebSupport.message(e, messages, locale));
            if (htmx != null) {
                ModelAndView fragment = new ModelAndView("discussion/composeForm");
                fragment.addObject("compose", compose);
                fragment.addObject("postPath", postPath);
                fragment.addObject(
                        "target",
                        compose.parentId() == null
                                ? "#replies-" + subject.type().name().toLowerCase(Locale.ROOT) + "-" + subject.id()
                                : "#children-" + compose.parentId());
                response.setHeader("HX-Retarget", "#" + compose.formId());
                response.setHeader("HX-Reswap", "outerHTML");
                fragment.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
                return fragment;
            }
            ThreadView thread =
                    discussion.thread(subject, WebSupport.viewer(me), new ThreadOptions(1, form.parentId(), null));
            ModelAndView page = new ModelAndView("discussion/page");
            page.addObject("thread", withCompose(thread, compose));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        Branch posted = discussion.branch(replyId, WebSupport.viewer(me));
        List<String> unmatched = discussion.unmatchedMentions(form.body()).stream()
                .map(handle -> "@" + handle)
                .toList();
        if (htmx != null) {
            ModelAndView fragment = new ModelAndView("discussion/posted");
            fragment.addObject("branch", posted);
            fragment.addObject("unmatched", unmatched);
            fragment.addObject("postPath", postPath);
            fragment.addObject(
                    "first",
                    discussion.thread(subject, null, ThreadOptions.FIRST_PAGE).total() == 1);
            if (form.parentId() != null) {
                response.setHeader("HX-Retarget", "#children-" + form.parentId());
                response.setHeader("HX-Reswap", "beforeend");
            }
            return fragment;
        }
        if (!unmatched.isEmpty()) {
            redirectAttributes.addFlashAttribute("flash", unmatchedHint(unmatched, locale));
        }
        return redirect(posted.subject().path() + "#reply-" + replyId);
    }

    /** "@mya matches no member", said to the writer after posting, in words (the page frame shows it as is). */
    private String unmatchedHint(List<String> unmatched, Locale locale) {
        return unmatched.size() == 1
                ? messages.getMessage("discussion.mention.unmatched", new Object[] {unmatched.get(0)}, locale)
                : messages.getMessage(
                        "discussion.mention.unmatchedSeveral", new Object[] {String.join(", ", unmatched)}, locale);
    }

    @PostMapping("/discussion/{type}/{id:\\d+}/follow")
    ModelAndView follow(
            @PathVariable String type,
            @PathVariable long id,
            @RequestParam String state,
            @AuthenticationPrincipal MemberPrincipal me) {
        SubjectRef subject = WebSupport.subject(type, id);
        FollowState wanted;
        try {
            wanted = FollowState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST, "state");
        }
        discussion.setFollow(subject, me.id(), wanted);
        ThreadView thread = discussion.thread(subject, null, ThreadOptions.FIRST_PAGE);
        return redirect(thread.subjectPath() + "#discussion");
    }

    @GetMapping("/discussion/replies/{id:\\d+}")
    String showBranch(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("branch", discussion.branch(id, WebSupport.viewer(me)));
        return "discussion/branch";
    }

    @GetMapping("/discussion/replies/{id:\\d+}/replies")
    String showFolded(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("branch", discussion.branch(id, WebSupport.viewer(me)));
        return "discussion/branchReplies";
    }

    @GetMapping("/discussion/replies/{id:\\d+}/article")
    String showArticle(@PathVariable long id, @AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("branch", discussion.branch(id, WebSupport.viewer(me)));
        return "discussion/article";
    }

    @GetMapping("/discussion/replies/{id:\\d+}/reply-form")
    Object replyForm(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean quote,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal MemberPrincipal me,
            Model model) {
        Branch branch = discussion.composeFor(id, quote, WebSupport.viewer(me));
        if (htmx == null) {
            return redirect(branch.subject().path() + "?" + (quote ? "quote=" : "replyTo=") + id + "#reply-form-" + id);
        }
        model.addAttribute("branch", branch);
        return "discussion/replyForm";
    }

    @GetMapping("/discussion/replies/{id:\\d+}/edit")
    String editReply(
            @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal MemberPrincipal me,
            Model model) {
        String body = discussion.source(id, me.id());
        Branch branch = discussion.branch(id, WebSupport.viewer(me));
        model.addAttribute("replyId", id);
        model.addAttribute("body", body);
        model.addAttribute("error", branch.reply().editable() ? null : message("reply.edit.closed"));
        model.addAttribute("cancelPath", branch.subject().path() + "#reply-" + id);
        return htmx != null ? "discussion/editForm" : "discussion/edit";
    }

    @PostsContent
    @PostMapping("/discussion/replies/{id:\\d+}/edit")
    ModelAndView saveReply(
            @PathVariable long id,
            @ModelAttribute EditForm edit,
            BindingResult result,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal MemberPrincipal me,
            Locale locale) {
        String body = edit.body();
        try {
            FormErrors.raise(result);
            discussion.edit(id, me.id(), body);
        } catch (FieldErrorsException e) {
            Branch branch = discussion.branch(id, WebSupport.viewer(me));
            ModelAndView form = new ModelAndView(htmx != null ? "discussion/editForm" : "discussion/edit");
            form.addObject("replyId", id);
            form.addObject("body", body == null ? "" : body);
            form.addObject("error", WebSupport.message(e, messages, locale));
            form.addObject("cancelPath", branch.subject().path() + "#reply-" + id);
            form.setStatus(htmx != null ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST);
            return form;
        }
        return afterChange(id, htmx, me);
    }

    @PostMapping("/discussion/replies/{id:\\d+}/delete")
    ModelAndView removeReply(
            @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal MemberPrincipal me) {
        discussion.remove(id, WebSupport.viewer(me));
        return afterChange(id, htmx, me);
    }

    @ExceptionHandler(RateLimitExceededException.class)
    void tooManyPosts(RateLimitExceededException e, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
        response.sendError(429);
    }

    private ModelAndView afterChange(long id, String htmx, MemberPrincipal me) {
        Branch branch = discussion.branch(id, WebSupport.viewer(me));
        if (htmx != null) {
            ModelAndView fragment = new ModelAndView("discussion/article");
            fragment.addObject("branch", branch);
            return fragment;
        }
        return redirect(branch.subject().path() + "#reply-" + id);
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, Locale.ENGLISH);
    }

    private static ThreadView withCompose(ThreadView t, ComposeView compose) {
        return new ThreadView(
                t.subject(),
                t.subjectTitle(),
                t.subjectPath(),
                t.replies(),
                t.page(),
                t.pages(),
                t.total(),
                t.latestReplyId(),
                t.follow(),
                t.signedIn(),
                t.pseudonymKey(),
                compose);
    }

    private static ModelAndView redirect(String path) {
        return new ModelAndView("redirect:" + path);
    }

    /** A reply's text as its author rewrote it. */
    record EditForm(String body) {}
}

package org.hros.site.web;

import org.hros.site.SiteSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The community's ground rules, public: linked from the footer, the sign-up form and the forms to post. */
@Controller
class RulesController {

    private final SiteSettings settings;

    RulesController(SiteSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/rules")
    String showRules(Model model) {
        model.addAttribute("rulesHtml", settings.current().groundRulesHtml());
        return "site/rules";
    }
}

package org.hros.moderation.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admins' landing page: one link per admin area. */
@Controller
class AdminController {

    @GetMapping("/admin")
    String showAdmin() {
        return "admin/index";
    }
}

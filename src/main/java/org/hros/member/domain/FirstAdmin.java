package org.hros.member.domain;

import org.hros.member.MemberRole;
import org.hros.platform.HrosProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration ({@code hros.admin.email} and {@code hros.admin.password})
 * when no member has that address yet, or gives an existing member with that address the admin role.
 */
@Component
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final MemberService members;
    private final String email;
    private final String password;
    private final String name;

    FirstAdmin(MemberService members, HrosProperties hrosProperties) {
        this.members = members;
        this.email = hrosProperties.admin().email();
        this.password = hrosProperties.admin().password();
        this.name = hrosProperties.admin().name();
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureAdmin() {
        if (email.isBlank()) {
            return;
        }
        if (members.exists(email)) {
            members.grantRole(email, MemberRole.ADMIN);
            return;
        }
        if (password.length() < 12) {
            log.warn("hros.admin.password is missing or shorter than 12 characters; no admin was created");
            return;
        }
        members.registerVerified(new SignUpCommand(email, name, password), MemberRole.ADMIN, false);
        log.info("Created the first administrator from configuration");
    }
}

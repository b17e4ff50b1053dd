package org.hros.member.domain;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads members for log-in and remember-me; an unverified member is a disabled account, a suspended one a locked
 * account.
 */
@Service
class MemberAccounts implements UserDetailsService {

    private final MemberRepository members;
    private final Clock clock;

    MemberAccounts(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        // A member without a password (they joined through their company's provider) cannot log in with one: to
        // the password form they are no account at all.
        return members.findByEmail(MemberService.normalise(email))
                .filter(Member::hasPassword)
                .map(m -> m.principal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown member"));
    }
}

package org.hros.member.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads members for log-in and remember-me; an unverified member is a disabled account. */
@Service
class MemberAccounts implements UserDetailsService {

    private final MemberRepository members;

    MemberAccounts(MemberRepository members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return members.findByEmail(MemberService.normalise(email))
                .map(Member::principal)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown member"));
    }
}

package org.hros.member;

import java.util.Collection;
import java.util.List;
import org.hros.platform.SignedInMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The member signed in, as Spring Security holds them for the length of a session or an API call. */
public final class MemberPrincipal implements UserDetails, CredentialsContainer, SignedInMember {

    private final long id;
    private final String email;
    private final String handle;
    private final String displayName;
    private final MemberRole role;
    private final boolean verified;
    private final boolean suspended;
    private transient String passwordHash;

    public MemberPrincipal(
            long id,
            String email,
            String handle,
            String displayName,
            MemberRole role,
            boolean verified,
            String passwordHash) {
        this(id, email, handle, displayName, role, verified, false, passwordHash);
    }

    /** @param suspended whether an admin suspended the member: their log-in is refused, with the reason shown */
    public MemberPrincipal(
            long id,
            String email,
            String handle,
            String displayName,
            MemberRole role,
            boolean verified,
            boolean suspended,
            String passwordHash) {
        this.suspended = suspended;
        this.id = id;
        this.email = email;
        this.handle = handle;
        this.displayName = displayName;
        this.role = role;
        this.verified = verified;
        this.passwordHash = passwordHash;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String handle() {
        return handle;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public MemberRole role() {
        return role;
    }

    @Override
    public boolean isEditor() {
        return role.canEdit();
    }

    @Override
    public boolean isAdmin() {
        return role == MemberRole.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return verified;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !suspended;
    }

    /** The password hash is needed only to check the log-in; it is not kept in the session afterwards. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "MemberPrincipal[" + id + "]";
    }
}

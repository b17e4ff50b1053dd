package org.hros.platform;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/** Resolves a personal access token presented as {@code Authorization: Bearer …} to the member it acts for. */
public interface ApiTokenAuthenticator {

    Optional<UserDetails> authenticate(String token);
}

package org.hros.member;

/**
 * The sign-up mode in force now. Provided by the module that keeps the site's settings, so that the member module
 * depends on none; read at each sign-up, so a change applies without a restart.
 */
public interface SignUpPolicy {

    SignUpMode signUpMode();
}

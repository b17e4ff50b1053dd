package org.hros.platform.security;

import java.time.Duration;
import org.hros.platform.RateLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Allowances per caller, configurable as {@code hros.rate-limit.sign-up.requests=5} and so on. */
@ConfigurationProperties("hros.rate-limit")
public class RateLimitProperties {

    /** Signing up, counted per address typed in the form. */
    private Allowance signUp = new Allowance(5, Duration.ofHours(1));
    /** Signing up, counted per network address for everyone behind it. */
    private Allowance signUpFromAddress = new Allowance(60, Duration.ofHours(1));
    /** Logging in, counted per account typed in the form. */
    private Allowance logIn = new Allowance(10, Duration.ofMinutes(5));
    /** Logging in, counted per network address for everyone behind it (provider log-ins too). */
    private Allowance logInFromAddress = new Allowance(100, Duration.ofMinutes(5));
    /** Asking for a password reset. */
    private Allowance passwordReset = new Allowance(5, Duration.ofHours(1));
    /** Posting (cases, requests, replies, images, check-ins), counted per member. */
    private Allowance post = new Allowance(30, Duration.ofMinutes(10));
    /** Posting, counted per network address for all the members behind it. */
    private Allowance postFromAddress = new Allowance(120, Duration.ofMinutes(10));
    /** Posting by a member at the new trust level. */
    private Allowance newMemberPost = new Allowance(10, Duration.ofDays(1));
    /** Anything that sends an e-mail, counted per recipient and per account. */
    private Allowance mail = new Allowance(5, Duration.ofHours(1));
    /** Anything that sends an e-mail, counted per network address over all its recipients. */
    private Allowance mailFromAddress = new Allowance(60, Duration.ofHours(1));
    /** Previewing text while writing. */
    private Allowance preview = new Allowance(120, Duration.ofMinutes(10));
    /** Looking members up while typing an @mention. */
    private Allowance mentionLookup = new Allowance(300, Duration.ofMinutes(10));
    /** Downloading one's own data, per member. */
    private Allowance dataExport = new Allowance(3, Duration.ofHours(1));
    /** Inviting someone to join by e-mail, counted per inviting member. */
    private Allowance invite = new Allowance(20, Duration.ofDays(1));
    /** How often full allowances are deleted from the database. */
    private Duration cleanupInterval = Duration.ofMinutes(10);

    public Allowance allowance(RateLimits.Action action) {
        return switch (action) {
            case SIGN_UP -> signUp;
            case SIGN_UP_FROM_ADDRESS -> signUpFromAddress;
            case LOG_IN -> logIn;
            case LOG_IN_FROM_ADDRESS -> logInFromAddress;
            case PASSWORD_RESET -> passwordReset;
            case POST -> post;
            case POST_FROM_ADDRESS -> postFromAddress;
            case NEW_MEMBER_POST -> newMemberPost;
            case MAIL -> mail;
            case MAIL_FROM_ADDRESS -> mailFromAddress;
            case PREVIEW -> preview;
            case MENTION_LOOKUP -> mentionLookup;
            case DATA_EXPORT -> dataExport;
            case INVITE -> invite;
        };
    }

    public Allowance getSignUp() {
        return signUp;
    }

    public Allowance getSignUpFromAddress() {
        return signUpFromAddress;
    }

    public Allowance getLogInFromAddress() {
        return logInFromAddress;
    }

    public Allowance getLogIn() {
        return logIn;
    }

    public Allowance getPasswordReset() {
        return passwordReset;
    }

    public Allowance getPost() {
        return post;
    }

    public Allowance getNewMemberPost() {
        return newMemberPost;
    }

    public Allowance getPostFromAddress() {
        return postFromAddress;
    }

    public Allowance getMail() {
        return mail;
    }

    public Allowance getMailFromAddress() {
        return mailFromAddress;
    }

    public Allowance getPreview() {
        return preview;
    }

    public Allowance getMentionLookup() {
        return mentionLookup;
    }

    public Allowance getDataExport() {
        return dataExport;
    }

    public Allowance getInvite() {
        return invite;
    }

    public Duration getCleanupInterval() {
        return cleanupInterval;
    }

    public void setCleanupInterval(Duration cleanupInterval) {
        this.cleanupInterval = cleanupInterval;
    }

    /** How many requests a caller may make per period. */
    public static class Allowance {

        /** How many times a caller may take the action named in the key (see RateLimits.Action) per period. */
        private int requests;

        /** The period of the action's allowance. */
        private Duration per;

        public Allowance(int requests, Duration per) {
            this.requests = requests;
            this.per = per;
        }

        public int getRequests() {
            return requests;
        }

        public void setRequests(int requests) {
            this.requests = requests;
        }

        public Duration getPer() {
            return per;
        }

        public void setPer(Duration per) {
            this.per = per;
        }

        public int requests() {
            return requests;
        }

        public Duration per() {
            return per;
        }
    }
}

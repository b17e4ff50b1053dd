package org.hros.platform.security;

import java.time.Duration;
import org.hros.platform.RateLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Allowances per caller, configurable as {@code hros.rate-limit.sign-up.requests=5} and so on. */
@ConfigurationProperties("hros.rate-limit")
public class RateLimitProperties {

    private Allowance signUp = new Allowance(5, Duration.ofHours(1));
    private Allowance signUpFromAddress = new Allowance(60, Duration.ofHours(1));
    private Allowance logIn = new Allowance(10, Duration.ofMinutes(5));
    private Allowance logInFromAddress = new Allowance(100, Duration.ofMinutes(5));
    private Allowance passwordReset = new Allowance(5, Duration.ofHours(1));
    private Allowance post = new Allowance(30, Duration.ofMinutes(10));
    private Allowance postFromAddress = new Allowance(120, Duration.ofMinutes(10));
    private Allowance newMemberPost = new Allowance(10, Duration.ofDays(1));
    private Allowance mail = new Allowance(5, Duration.ofHours(1));
    private Allowance mailFromAddress = new Allowance(60, Duration.ofHours(1));
    private Allowance preview = new Allowance(120, Duration.ofMinutes(10));
    private Allowance mentionLookup = new Allowance(300, Duration.ofMinutes(10));
    private Allowance dataExport = new Allowance(3, Duration.ofHours(1));
    private Allowance invite = new Allowance(20, Duration.ofDays(1));

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

    /** How many requests a caller may make per period. */
    public static class Allowance {

        private int requests;
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

package org.hros.member.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hros.platform.HrosProperties;
import org.hros.shared.FieldErrorsException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a password must not be, beyond its length: one of the common passwords that leaked in breaches (zxcvbn's
 * list, shipped in the build from the {@code @zxcvbn-ts/language-common} package, MIT licence alongside it),
 * something made of the site's name, or the member's own e-mail address. Attackers try all three first.
 */
@Component
class PasswordPolicy {

    static final String LIST = "/member/passwords/passwords.json";

    private final Set<String> common;
    private final String siteName;

    PasswordPolicy(HrosProperties hrosProperties) {
        this.common = load();
        this.siteName = hrosProperties.siteName().toLowerCase(Locale.ROOT);
    }

    /** The problems with {@code password} for the member with {@code email}, as field errors (none when fine). */
    List<FieldErrorsException.FieldError> problems(String password, String email) {
        List<FieldErrorsException.FieldError> problems = new ArrayList<>();
        if (password == null) {
            return problems;
        }
        String folded = password.toLowerCase(Locale.ROOT);
        String squeezed = folded.replaceAll("[\\s\\p{Punct}]", "");
        if (common.contains(folded) || common.contains(squeezed)) {
            problems.add(new FieldErrorsException.FieldError("password", "password.common"));
        } else if (!siteName.isBlank() && squeezed.contains(siteName.replaceAll("[\\s\\p{Punct}]", ""))) {
            problems.add(new FieldErrorsException.FieldError("password", "password.siteName"));
        } else if (containsAddress(folded, squeezed, email)) {
            problems.add(new FieldErrorsException.FieldError("password", "password.email"));
        }
        return problems;
    }

    /** Refuses a password with any of the {@link #problems}. */
    void check(String password, String email) {
        List<FieldErrorsException.FieldError> problems = problems(password, email);
        if (!problems.isEmpty()) {
            throw new FieldErrorsException(problems);
        }
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static boolean containsAddress(String folded, String squeezed, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        String local = (at > 0 ? address.substring(0, at) : address).replaceAll("[\\s\\p{Punct}]", "");
        return folded.contains(address) || (local.length() >= 4 && squeezed.contains(local));
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing: the build unpacks it from the npm package");
            }
            String[] words = JsonMapper.builder().build().readValue(in, String[].class);
            return Set.of(java.util.Arrays.stream(words)
                    .map(w -> w.toLowerCase(Locale.ROOT))
                    .distinct()
                    .toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

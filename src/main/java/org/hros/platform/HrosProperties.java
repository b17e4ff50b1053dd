package org.hros.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The installation's own settings, {@code hros.*} outside any module's group: where it is reached, where it keeps its
 * files, its first administrator, how members log in and what every request may weigh. Each module owns the record of
 * its own group ({@code hros.search.*}, {@code hros.digest.*}, …); docs/configuration.md lists every key.
 *
 * @param baseUrl the address members reach this installation at (a trailing slash is dropped); every link in mails,
 *     feeds, the API, calendars and webhooks starts with it
 * @param siteName the name passwords may not contain (the community's shown name is a site setting)
 * @param dataDir the folder for the embedded PostgreSQL and the search index
 * @param ephemeral wipe the embedded database at start; for tests only
 * @param secret the key for signed links; empty: a key generated once and kept in the database
 * @param maxRequestSize the largest request body accepted, except image uploads; larger ones get 413
 * @param defaultTimeZone the time zone of members who have not chosen one
 * @param contactAddress the contact address a new installation's settings start with; unset: the first admin's
 * @param admin the first administrator, created at start when missing
 * @param auth how members log in
 * @param mail mail sent by HROS
 * @param images the request size limit for image uploads
 * @param keptForms forms kept after their sender's session ended
 */
@ConfigurationProperties("hros")
@Validated
public record HrosProperties(
        @DefaultValue("http://localhost:8080")
        @NotBlank
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        String baseUrl,

        @DefaultValue("HROS") @NotBlank String siteName,

        @DefaultValue(HrosProperties.DEFAULT_DATA_DIR) @NotNull
        Path dataDir,

        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("") String secret,
        @DefaultValue("1MB") @NotNull DataSize maxRequestSize,
        @DefaultValue("UTC") @NotNull ZoneId defaultTimeZone,
        String contactAddress,
        @DefaultValue @Valid Admin admin,
        @DefaultValue @Valid Auth auth,
        @DefaultValue @Valid Mail mail,
        @DefaultValue @Valid Images images,
        @DefaultValue @Valid KeptForms keptForms) {

    /** Read before the application context exists, by the guard against two HROS on one data folder. */
    public static final String DEFAULT_DATA_DIR = "./data";

    public HrosProperties {
        // Links are written as baseUrl + "/path": a trailing slash would double.
        baseUrl = baseUrl == null ? null : baseUrl.strip().replaceAll("/+$", "");
    }

    /** The contact address a new installation starts with: {@code hros.contact-address}, else the first admin's. */
    public String initialContactAddress() {
        return (contactAddress != null ? contactAddress : admin.email()).strip();
    }

    /**
     * The first administrator: given the admin role at start if the account exists, else created (when the password is
     * long enough).
     *
     * @param email the administrator's address; empty: no administrator is created
     * @param password the password of a created administrator, at least 12 characters
     * @param name the name of a created administrator
     */
    public record Admin(
            @DefaultValue("") String email,
            @DefaultValue("") String password,
            @DefaultValue("Administrator") String name) {}

    /**
     * How members log in.
     *
     * @param ssoOnly members log in only through the configured OpenID Connect providers: no password log-in, sign-up
     *     or reset
     * @param addressesVerifiedBy the providers (registration ids) whose e-mail addresses count as verified even when
     *     they do not say so
     * @param sessionTouchInterval how long a session in use may go without its last access being written to the
     *     shared session store; a request that changes nothing else in the session writes nothing within it. Sessions
     *     may therefore expire up to this much earlier than the session timeout says. {@code 0} writes at every
     *     request; it must stay below {@code server.servlet.session.timeout}
     */
    public record Auth(
            @DefaultValue("false") boolean ssoOnly,
            @DefaultValue Set<String> addressesVerifiedBy,
            @DefaultValue("1m") @NotNull Duration sessionTouchInterval) {}

    /**
     * Mail sent by HROS (the server is {@code spring.mail.*}).
     *
     * @param from the sender of every mail
     */
    public record Mail(
            @DefaultValue("HROS <no-reply@hros.local>") @NotBlank
            String from) {}

    /**
     * Image uploads, as the security filter sees them (the image module's limits are its own).
     *
     * @param maxRequestSize an upload's whole body (the file and the form around it); larger ones get 413 before they
     *     are read
     */
    public record Images(@DefaultValue("10MB") @NotNull DataSize maxRequestSize) {}

    /**
     * Forms posted after their sender's session ended.
     *
     * @param cleanupInterval how often kept forms older than 30 minutes are deleted
     */
    public record KeptForms(@DefaultValue("10m") @NotNull Duration cleanupInterval) {}
}

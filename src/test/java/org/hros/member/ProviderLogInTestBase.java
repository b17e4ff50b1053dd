package org.hros.member;

import org.hros.moderation.AuditLog;
import org.hros.support.IntegrationTestBase;
import org.hros.support.TestProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * HROS with a company's provider (the {@link TestProvider}, registered twice) in SSO-only mode. The tests that
 * extend this share one application context: the property method is the same for all of them.
 */
abstract class ProviderLogInTestBase extends IntegrationTestBase {

    @DynamicPropertySource
    static void companyProvider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration." + TestProvider.REGISTRATION;
        registry.add(registration + ".client-id", () -> TestProvider.CLIENT_ID);
        registry.add(registration + ".client-secret", () -> TestProvider.CLIENT_SECRET);
        registry.add(registration + ".client-name", () -> "Acme SSO");
        registry.add(registration + ".scope", () -> "openid,profile,email");
        registry.add(
                "spring.security.oauth2.client.provider." + TestProvider.REGISTRATION + ".issuer-uri",
                () -> TestProvider.shared().issuer());
        String directory = "spring.security.oauth2.client.registration." + TestProvider.DIRECTORY_REGISTRATION;
        registry.add(directory + ".client-id", () -> TestProvider.CLIENT_ID);
        registry.add(directory + ".client-secret", () -> TestProvider.CLIENT_SECRET);
        registry.add(directory + ".client-name", () -> "Acme Directory");
        registry.add(directory + ".scope", () -> "openid,profile,email");
        registry.add(directory + ".provider", () -> TestProvider.REGISTRATION);
        registry.add("hros.auth.addresses-verified-by", () -> TestProvider.DIRECTORY_REGISTRATION);
        registry.add("hros.auth.sso-only", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    MemberAdministration administration;

    protected final TestProvider provider = TestProvider.shared();

    /** The member with this address, if any. */
    protected Long memberWith(String email) {
        return jdbc.sql("select id from member where email = ?")
                .param(email.toLowerCase(java.util.Locale.ROOT))
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}

package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HROS is GPL-3.0-or-later, so every library it runs with must have a licence that combines with it. The build
 * writes THIRD-PARTY.txt (license-maven-plugin); this checks the libraries of log-in with OpenID Connect there.
 */
class ThirdPartyLicenceTests {

    private static final Path REPORT = Path.of("target/generated-resources/licenses/THIRD-PARTY.txt");

    @Test
    void theOpenIdConnectClientAndItsLibrariesAreApacheLicensed() throws IOException {
        List<String> lines = Files.readAllLines(REPORT);
        for (String artifact : List.of(
                "org.springframework.boot:spring-boot-starter-security-oauth2-client:",
                "org.springframework.boot:spring-boot-security-oauth2-client:",
                "org.springframework.security:spring-security-oauth2-client:",
                "org.springframework.security:spring-security-oauth2-core:",
                "org.springframework.security:spring-security-oauth2-jose:",
                "com.nimbusds:oauth2-oidc-sdk:",
                "com.nimbusds:nimbus-jose-jwt:",
                "com.nimbusds:content-type:",
                "com.nimbusds:lang-tag:",
                "net.minidev:json-smart:",
                "net.minidev:accessors-smart:",
                "com.github.stephenc.jcip:jcip-annotations:")) {
            assertThat(lines)
                    .as(artifact)
                    .filteredOn(line -> line.contains("(" + artifact))
                    .singleElement()
                    .satisfies(line -> assertThat(line.strip()).startsWith("(Apache-2.0)"));
        }
    }

    @Test
    void theAuthorizationServerOfTheTestsNeverShips() throws IOException {
        assertThat(Files.readString(REPORT)).doesNotContain("spring-security-oauth2-authorization-server");
    }
}

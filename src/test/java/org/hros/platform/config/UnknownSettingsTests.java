package org.hros.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.hros.HrosApplication;
import org.hros.member.TrustLevel;
import org.hros.member.domain.TrustProperties;
import org.hros.platform.HrosProperties;
import org.hros.platform.RateLimits;
import org.hros.platform.security.RateLimitProperties;
import org.hros.redaction.internal.RedactionProperties;
import org.hros.search.domain.SearchProperties;
import org.hros.shared.TrustSignal;
import org.hros.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.unit.DataSize;

/** A {@code hros.*} key that no setting has stops the start, and says which key it was. */
@ExtendWith(OutputCaptureExtension.class)
class UnknownSettingsTests {

    /** Every settings record of HROS and the check, without the rest of the application. */
    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan(basePackageClasses = HrosApplication.class)
    @Import(UnknownSettingsCheck.class)
    static class AllSettings {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(AllSettings.class);

    @Test
    void aMisspeltGroupStopsTheStartNamingTheKeyAndTheOneMeant() {
        runner.withPropertyValues("hros.serach.time-limit=2s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .isInstanceOf(UnknownSettingsException.class)
                    .hasMessage("Unknown setting hros.serach.time-limit (property source test); did you mean"
                            + " hros.search.time-limit?");
        });
    }

    @Test
    void aMisspeltKeyInAKnownGroupStopsTheStart() {
        runner.withPropertyValues("hros.search.time-limt=2s", "hros.webhooks.timeout=5s")
                .run(context -> {
                    assertThat(context.getStartupFailure())
                            .isInstanceOf(UnknownSettingsException.class)
                            .hasMessageContaining("Unknown setting hros.search.time-limt ")
                            .hasMessageContaining("did you mean hros.search.time-limit?")
                            .hasMessageNotContaining("hros.webhooks.timeout");
                });
    }

    @Test
    void aKeyLikeNoOtherSaysHrosHasNoSuchSetting() {
        runner.withPropertyValues("hros.flux-capacitor.enabled=true")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasMessageContaining("Unknown setting hros.flux-capacitor.enabled")
                        .hasMessageContaining("HROS has no such setting"));
    }

    @Test
    void everyUnknownKeyIsNamedOnALineOfItsOwn() {
        runner.withPropertyValues("hros.base-urll=http://x.example", "hros.digest.batch-sise=10")
                .run(context -> {
                    UnknownSettingsException failure = (UnknownSettingsException) context.getStartupFailure();
                    assertThat(failure.keys())
                            .extracting(UnknownSettingsException.Unknown::key)
                            .containsExactly("hros.base-urll", "hros.digest.batch-sise");
                    assertThat(failure.getMessage().lines()).hasSize(2);
                    assertThat(failure.keys())
                            .extracting(UnknownSettingsException.Unknown::suggestion)
                            .containsExactly("hros.base-url", "hros.digest.batch-size");
                });
    }

    @Test
    void everyKindOfKnownKeyStartsAndBinds() {
        runner.withPropertyValues(
                        "hros.base-url=https://hros.example.org/",
                        "hros.search.time-limit=2s",
                        "hros.search.semantic.enabled=false",
                        "hros.trust.member.days-visited=4",
                        "hros.trust.flag-weight.regular=5",
                        "hros.rate-limit.sign-up.requests=7",
                        "hros.auth.addresses-verified-by[0]=entra",
                        "hros.auth.addresses-verified-by[1]=okta",
                        "hros.redaction.model.wait=3s",
                        "hros.images.max-request-size=12MB",
                        "hros.images.max-bytes=9MB",
                        "hros.demo.member-password=long-enough-password")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    HrosProperties hros = context.getBean(HrosProperties.class);
                    assertThat(hros.baseUrl()).isEqualTo("https://hros.example.org");
                    assertThat(hros.auth().addressesVerifiedBy()).containsExactly("entra", "okta");
                    assertThat(hros.images().maxRequestSize()).isEqualTo(DataSize.ofMegabytes(12));
                    SearchProperties search = context.getBean(SearchProperties.class);
                    assertThat(search.timeLimit()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(search.semantic().enabled()).isFalse();
                    // A map entry given replaces that entry of the default; the others stay.
                    TrustProperties trust = context.getBean(TrustProperties.class);
                    assertThat(trust.member())
                            .containsEntry(TrustSignal.DAYS_VISITED, 4L)
                            .containsEntry(TrustSignal.CASES_READ, 5L);
                    assertThat(trust.flagWeight())
                            .containsEntry(TrustLevel.REGULAR, 5)
                            .containsEntry(TrustLevel.NEW, 1);
                    RateLimitProperties limits = context.getBean(RateLimitProperties.class);
                    assertThat(limits.allowance(RateLimits.Action.SIGN_UP).requests())
                            .isEqualTo(7);
                    assertThat(limits.allowance(RateLimits.Action.SIGN_UP).per())
                            .isEqualTo(Duration.ofHours(1));
                    assertThat(context.getBean(RedactionProperties.class)
                                    .model()
                                    .waitFor())
                            .isEqualTo(Duration.ofSeconds(3));
                });
    }

    @Test
    void nothingGivenStartsWithTheDefaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            HrosProperties hros = context.getBean(HrosProperties.class);
            assertThat(hros.baseUrl()).isEqualTo("http://localhost:8080");
            assertThat(hros.maxRequestSize()).isEqualTo(DataSize.ofMegabytes(1));
            assertThat(hros.initialContactAddress()).isEmpty();
        });
    }

    @Test
    void aValueOutsideItsLimitsStopsTheStartNamingTheSetting() {
        runner.withPropertyValues("hros.digest.default-hour=25")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("hros.digest")
                        .hasMessageContaining("defaultHour")
                        .hasMessageContaining("25"));
        runner.withPropertyValues("hros.base-url=hros.example.org")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("baseUrl")
                        .hasMessageContaining("must be an http or https address"));
    }

    @Test
    void theFailureReportSaysWhatToDo() {
        runner.withPropertyValues("hros.serach.time-limit=2s").run(context -> {
            FailureAnalysis analysis = new UnknownSettingsFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("Unknown setting hros.serach.time-limit");
            assertThat(analysis.getAction()).contains("docs/configuration.md");
        });
        // Registered, so that a failed start reports it (analyzers needing arguments are not built here).
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation()
                        .load(FailureAnalyzer.class, null, (type, name, failure) -> {}))
                .hasAtLeastOneElementOfType(UnknownSettingsFailureAnalyzer.class);
    }

    @Test
    void theApplicationRefusesToStartWithAMisspeltKey(CapturedOutput output) {
        SpringApplicationBuilder hros = new SpringApplicationBuilder(HrosApplication.class).profiles("test");
        assertThatThrownBy(() -> hros.run(
                        "--hros.serach.time-limit=2s",
                        "--server.port=0",
                        "--spring.mail.port=" + TestMail.port(),
                        "--spring.jmx.enabled=false"))
                .isInstanceOf(UnknownSettingsException.class)
                .hasMessageStartingWith("Unknown setting hros.serach.time-limit")
                .hasMessageContaining("(property source commandLineArgs)")
                .hasMessageEndingWith("did you mean hros.search.time-limit?");
        assertThat(output).contains("APPLICATION FAILED TO START", "Unknown setting hros.serach.time-limit");
    }
}

package org.hros.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.hros.shared.FieldErrorsException;
import org.hros.support.Settings;
import org.junit.jupiter.api.Test;

/** Outside tests, nothing on this machine or in its networks is an endpoint, however it is written. */
class EndpointPolicyTests {

    private final EndpointPolicy policy = new EndpointPolicy(Settings.bind(WebhookProperties.class));

    @Test
    void loopbackIsRefusedUnlessTestsAllowIt() {
        for (String url : new String[] {
            "https://localhost/hook",
            "https://api.localhost/hook",
            "https://127.0.0.1/hook",
            "https://127.8.9.10:8443/hook",
            "https://[::1]/hook",
            "https://[::ffff:10.0.0.1]/hook",
            "http://localhost:8080/hook"
        }) {
            assertThatThrownBy(() -> policy.check(url))
                    .as(url)
                    .isInstanceOf(FieldErrorsException.class)
                    .satisfies(e -> assertThat(((FieldErrorsException) e).errors())
                            .singleElement()
                            .satisfies(error -> assertThat(error.field()).isEqualTo("url")));
        }
        assertThat(policy.refusalBeforeSending(URI.create("https://localhost/hook")))
                .startsWith("Refused");
        assertThat(new EndpointPolicy(Settings.bind(WebhookProperties.class, "hros.webhooks.allow-loopback=true"))
                        .refusalBeforeSending(URI.create("http://127.0.0.1:9/hook")))
                .isNull();
    }

    @Test
    void publicHttpsAddressesAreAccepted() {
        assertThat(policy.check("https://93.184.216.34/hros-events").getHost()).isEqualTo("93.184.216.34");
        assertThat(policy.check("https://hooks.example.org/hros?team=talent").getPath())
                .isEqualTo("/hros");
        assertThatThrownBy(() -> policy.check("https://user:secret@hooks.example.org/hros"))
                .isInstanceOf(FieldErrorsException.class);
        assertThatThrownBy(() -> policy.check("https://" + "a".repeat(2000) + ".org/"))
                .isInstanceOf(FieldErrorsException.class);
    }
}

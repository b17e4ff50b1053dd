package org.hros.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.hros.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests are observed once each, not once per security filter as well. */
class ObservationSettingsTests extends IntegrationTestBase {

    @Autowired
    ObservationRegistry observations;

    @Test
    void securityFiltersAreNotObservedOneByOneButRequestsAndLogInsAre() {
        assertThat(Observation.start("spring.security.filterchains", observations)
                        .isNoop())
                .isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop())
                .isFalse();
        assertThat(Observation.start("spring.security.authentications", observations)
                        .isNoop())
                .isFalse();
    }
}

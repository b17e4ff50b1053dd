package org.hros.radar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

/**
 * The radar's refresh at start reads the whole published library; HROS must start whatever it costs or however it
 * ends (at 100,000 cases its reading ran past the statement timeout and, on the start's thread, stopped HROS).
 */
class RadarStartTests {

    private final RadarRefresh radar = mock(RadarRefresh.class);
    private final TrendJob trends = mock(TrendJob.class);
    private final Editions editions = mock(Editions.class);
    private final List<Runnable> handedOver = new ArrayList<>();
    private final Executor executor = handedOver::add;
    private final RadarJobs jobs = new RadarJobs(radar, trends, editions, executor);

    @Test
    void theStartHandsTheRefreshToAnotherThreadInsteadOfDoingIt() {
        jobs.onStart();

        verify(radar, org.mockito.Mockito.never()).refresh();
        assertThat(handedOver).hasSize(1);
        handedOver.get(0).run();
        verify(radar).refresh();
        verify(trends).compute();
    }

    @Test
    void aRefreshThatFailsAtStartIsLoggedNotThrown() {
        doThrow(new QueryTimeoutException("canceling statement due to statement timeout"))
                .when(trends)
                .compute();
        doAnswer(invocation -> null).when(radar).refresh();

        assertThatCode(jobs::onStart).doesNotThrowAnyException();
        assertThatCode(() -> handedOver.get(0).run()).doesNotThrowAnyException();
        verify(trends).compute();
    }
}

package org.hros.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Listeners run a few at a time; the rest wait in line without holding up whoever published the event. */
class ListenerThreadsTests {

    @Test
    void aBurstOfListenersRunsAtMostTheLimitAtOnceAndPublishingNeverWaits() throws Exception {
        ListenerThreads threads = new ListenerThreads(new EventsProperties(2));
        Executor executor = threads.getAsyncExecutor();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch twoStarted = new CountDownLatch(2);
        CountDownLatch done = new CountDownLatch(20);
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            executor.execute(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                twoStarted.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                done.countDown();
            });
        }
        // All twenty were handed over while the first two still hold their threads: nobody waited to publish.
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(5);
        assertThat(twoStarted.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(running.get())
                .as("listeners running while the first two hold their threads")
                .isEqualTo(2);
        release.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(2);
        threads.destroy();
    }

    @Test
    void listenersRunOnThreadsNamedForThem() throws Exception {
        ListenerThreads threads = new ListenerThreads(new EventsProperties(1));
        CountDownLatch ran = new CountDownLatch(1);
        String[] name = new String[1];
        threads.getAsyncExecutor().execute(() -> {
            name[0] = Thread.currentThread().getName();
            ran.countDown();
        });
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(name[0]).startsWith("listener-");
        threads.destroy();
    }
}

package org.hros.search.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.hros.search.domain.SearchProperties;
import org.hros.support.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchWorkersTests {

    private final ExecutorService requests = Executors.newCachedThreadPool();
    private SearchWorkers workers;

    @AfterEach
    void stop() {
        workers.destroy();
        requests.shutdownNow();
    }

    @Test
    void theIndexWorkRunsOnASearchWorkerAndAnswersItsResult() {
        workers = new SearchWorkers(
                Settings.bind(SearchProperties.class, "hros.search.workers=2", "hros.search.queue=16"));

        String thread = workers.run(() -> Thread.currentThread().getName());

        assertThat(thread).startsWith("search-worker-");
    }

    @Test
    void theWorksExceptionsAreThrownToTheCallerAsTheyAre() {
        workers = new SearchWorkers(
                Settings.bind(SearchProperties.class, "hros.search.workers=1", "hros.search.queue=16"));
        IllegalArgumentException refused = new IllegalArgumentException("bad query");

        assertThatThrownBy(() -> workers.run(() -> {
                    throw refused;
                }))
                .isSameAs(refused);
    }

    @Test
    void searchesQueueFirstComeFirstServed() throws Exception {
        workers = new SearchWorkers(
                Settings.bind(SearchProperties.class, "hros.search.workers=1", "hros.search.queue=16"));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> blocker = request(() -> workers.run(() -> await(release)));
        waitUntil(() -> workers.busy() == 1);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            queued.add(request(() -> workers.run(() -> order.add(n))));
            waitUntil(() -> workers.waiting() == n + 1);
        }

        release.countDown();
        blocker.get(5, TimeUnit.SECONDS);
        CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void whenTheQueueIsFullTheRequestsOwnThreadDoesTheWork() throws Exception {
        workers = new SearchWorkers(
                Settings.bind(SearchProperties.class, "hros.search.workers=1", "hros.search.queue=1"));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> blocker = request(() -> workers.run(() -> await(release)));
        waitUntil(() -> workers.busy() == 1);
        CompletableFuture<Void> waiting = request(() -> workers.run(() -> await(release)));
        waitUntil(() -> workers.waiting() == 1);

        String thread = workers.run(() -> Thread.currentThread().getName());

        assertThat(thread).isEqualTo(Thread.currentThread().getName());
        release.countDown();
        blocker.get(5, TimeUnit.SECONDS);
        waiting.get(5, TimeUnit.SECONDS);
    }

    private CompletableFuture<Void> request(Runnable search) {
        return CompletableFuture.runAsync(search, requests);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }

    private static Boolean await(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

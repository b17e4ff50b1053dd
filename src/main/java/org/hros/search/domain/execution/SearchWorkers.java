package org.hros.search.domain.execution;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hros.search.domain.SearchProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that do the index's work of a search: as many as there are cores ({@code hros.search.workers}),
 * taking searches first come, first served.
 *
 * <p>Index work is pure CPU. Requests run on virtual threads, which are never preempted: run there, a search holds
 * its carrier until its index work is done, and a request coming back from the database for its last
 * millisecond of work (its cards, its JSON) waits behind every search queued on the carriers — again after each
 * database call. On platform threads of their own, searches queue once, in order, and the operating system
 * shares the cores between them and everything else, so other pages, and each search's own light steps, are not
 * held up behind the index. When {@code hros.search.queue} searches are already waiting, the request's own thread
 * does the work rather than refuse it.
 */
@Component
class SearchWorkers implements DisposableBean {

    private final ThreadPoolExecutor executor;

    SearchWorkers(SearchProperties searchProperties) {
        int workers = searchProperties.workers();
        int threads = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, searchProperties.queue())),
                task -> {
                    Thread thread = new Thread(task, "search-worker-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Runs {@code work} on a search worker and answers its result; its exceptions are thrown here. */
    <T> T run(Supplier<T> work) {
        Future<T> future = executor.submit(work::get);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while searching");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** How many searches wait for a worker. */
    int waiting() {
        return executor.getQueue().size();
    }

    /** How many workers are busy. */
    int busy() {
        return executor.getActiveCount();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}

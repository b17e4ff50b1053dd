package org.hros.platform.events;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Runs the modules' asynchronous event listeners ({@code @ApplicationModuleListener}) on a bounded number of threads,
 * the others waiting in line. Unbounded, a burst of events (a demo load, a busy hour redelivered after a
 * restart, an author publishing a dozen cases) started a listener per event, each taking a database connection, until
 * the pool was empty and pages answered 503. Waiting in line never blocks the publisher: a listener that publishes
 * further events cannot deadlock on its own limit. Publications are stored before they are handed over, so an event
 * still in line when HROS stops is delivered again at the next start.
 */
@Configuration(proxyBeanMethods = false)
class ListenerThreads implements AsyncConfigurer, DisposableBean {

    private final ExecutorService executor;

    ListenerThreads(EventsProperties properties) {
        int threads = properties.listenerThreads();
        this.executor = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                new CustomizableThreadFactory("listener-"));
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    /** Lets running listeners finish for a moment at a stop; what is still in line is delivered at the next start. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(3, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}

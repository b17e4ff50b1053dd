package org.hros.support;

import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements one piece of work sends, on the thread that does it: what a page costs, so that a
 * query per card or per notice shows up as a count that grows with the page instead of a slow site.
 *
 * <p>Only the calling thread is counted: event listeners and scheduled jobs running meanwhile do not blur it.
 */
public final class StatementCounter implements QueryExecutionListener {

    private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();

    private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

    /** How many statements {@code work} sent to the database. */
    public static long count(Callable<?> work) throws Exception {
        COUNT.set(new long[1]);
        try {
            work.call();
            return COUNT.get()[0];
        } finally {
            COUNT.remove();
        }
    }

    /** The SQL of every statement {@code work} sent to the database, in order. */
    public static List<String> statements(Callable<?> work) throws Exception {
        SENT.set(new java.util.ArrayList<>());
        try {
            count(work);
            return List.copyOf(SENT.get());
        } finally {
            SENT.remove();
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        long[] count = COUNT.get();
        if (count != null) {
            count[0] += queryInfoList.size();
        }
        List<String> sent = SENT.get();
        if (sent != null) {
            queryInfoList.forEach(q -> sent.add(q.getQuery()));
        }
    }

    /** Puts the counter in front of the application's data source in integration tests. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
                        return ProxyDataSourceBuilder.create(dataSource)
                                .name("counted")
                                .listener(new StatementCounter())
                                .build();
                    }
                    return bean;
                }
            };
        }
    }
}

package org.enrolcheck.support;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Counts the SQL statements the application runs, through r2dbc-proxy around the real pool, so a
 * test can prove that child fields are fetched in one statement per field, not one per parent.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private final AtomicInteger statements = new AtomicInteger();

	@Bean
	@Primary
	ConnectionFactory countingConnectionFactory(ConnectionPool pool) {
		return ProxyConnectionFactory.builder(pool)
			.onAfterQuery(execution -> {
				statements.addAndGet(execution.getQueries().size());
				execution.getQueries().forEach(query -> texts.add(Thread.currentThread().getName() + ": " + query.getQuery()));
			})
			.build();
	}

	/** The statements counted since the last reset, with the thread that ran each: for failure messages. */
	private final Queue<String> texts = new ConcurrentLinkedQueue<>();

	public void reset() {
		texts.clear();
		statements.set(0);
	}

	public List<String> texts() {
		return List.copyOf(texts);
	}

	public int count() {
		return statements.get();
	}

}

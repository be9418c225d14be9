package org.enrolcheck.db;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool's connections are spread over several event loops, so results of concurrent statements (and
 * the GraphQL work that continues on the thread that received them) use more than one core.
 */
@EnrolCheckTest
class DatabaseLoopsTests {

	@Autowired
	DatabaseClient db;

	@Test
	void concurrentStatementsAreAnsweredOnMoreThanOneEventLoop() {
		Set<String> threads = ConcurrentHashMap.newKeySet();
		Set<Integer> backends = ConcurrentHashMap.newKeySet();
		// eight statements in flight at once take eight connections of the pool (its default size)
		Flux.range(0, 8)
			.flatMap(i -> db.sql("SELECT pg_sleep(0.1), pg_backend_pid() AS pid").map(row -> {
				threads.add(Thread.currentThread().getName());
				backends.add(row.get("pid", Integer.class));
				return 1;
			}).one(), 8)
			.blockLast();

		assertThat(backends).hasSize(8);
		assertThat(threads).allMatch(name -> name.startsWith("enrolcheck-db-")).hasSizeGreaterThan(1);
	}

	@Test
	void theLoopCountIsOddAndCoversTheCores() {
		assertThat(DatabaseConfiguration.loopThreads(1)).isEqualTo(3);
		assertThat(DatabaseConfiguration.loopThreads(2)).isEqualTo(3);
		assertThat(DatabaseConfiguration.loopThreads(4)).isEqualTo(5);
		assertThat(DatabaseConfiguration.loopThreads(16)).isEqualTo(17);
	}

}

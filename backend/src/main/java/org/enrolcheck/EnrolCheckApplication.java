package org.enrolcheck;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** EnrolCheck (学籍自查平台): the reactive GraphQL server behind the enrolment-record self-check. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrolCheckApplication {

	public static void main(String[] args) {
		SpringApplication.run(EnrolCheckApplication.class, args);
	}

	/** One clock for every rule that depends on "now" (windows, expiries), so tests can fix it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}

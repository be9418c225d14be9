package org.enrolcheck.account;

import java.util.List;
import java.util.Locale;

import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.security.Role;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The registrar's staff management; authorisation and rules live in {@link StaffService}. */
@Controller
class StaffController {

	private final StaffService staff;

	private final QueryLimitsProperties limits;

	StaffController(StaffService staff, QueryLimitsProperties limits) {
		this.staff = staff;
		this.limits = limits;
	}

	@QueryMapping
	Mono<Window<Account>> staffAccounts(ScrollSubrange subrange) {
		return staff.staff(Paging.of(subrange, limits));
	}

	record CreateStaffAccountInput(String username, String displayName, Role role, List<String> collegeIds,
			List<String> classIds, String password) {
	}

	@MutationMapping
	Mono<Object> createStaffAccount(@Argument CreateStaffAccountInput input, Locale locale) {
		StaffService.Draft draft = new StaffService.Draft(input.username(), input.displayName(), input.role(),
				input.collegeIds() != null ? input.collegeIds() : List.of(),
				input.classIds() != null ? input.classIds() : List.of(), input.password());
		return staff.create(draft, locale).map(outcome -> switch (outcome) {
			case StaffService.Outcome.Done done -> new CreateStaffAccountSuccess(done.account());
			case StaffService.Outcome.Invalid invalid -> ValidationFailed.of(invalid.errors(), locale);
		});
	}

	record DisableStaffAccountInput(String accountId, String reason) {
	}

	@MutationMapping
	Mono<Object> disableStaffAccount(@Argument DisableStaffAccountInput input, Locale locale) {
		return staff.disable(input.accountId(), input.reason(), locale).map(outcome -> switch (outcome) {
			case StaffService.Outcome.Done done -> new DisableStaffAccountSuccess(done.account());
			case StaffService.Outcome.Invalid invalid -> ValidationFailed.of(invalid.errors(), locale);
		});
	}

	record CreateStaffAccountSuccess(Account account) {
	}

	record DisableStaffAccountSuccess(Account account) {
	}

}

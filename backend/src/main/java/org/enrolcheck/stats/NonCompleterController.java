package org.enrolcheck.stats;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Non-completer lists: staff within their scope (phones masked), and a counsellor's task list, where
 * the counsellor sees their own students' phones whole so they can call them.
 */
@Controller
class NonCompleterController {

	/** The accounts feature's column label for phone numbers (see notify.Notifications). */
	static final String PHONE_COLUMN = org.enrolcheck.privacy.CipherLabels.ACCOUNT_PHONE;

	private final StatisticsService statistics;

	private final NonCompleterRepository repository;

	private final QueryLimitsProperties limits;

	private final PersonalDataCipher cipher;

	NonCompleterController(StatisticsService statistics, NonCompleterRepository repository, QueryLimitsProperties limits,
			PersonalDataCipher cipher) {
		this.statistics = statistics;
		this.repository = repository;
		this.limits = limits;
		this.cipher = cipher;
	}

	@QueryMapping
	Mono<Window<NonCompleter>> nonCompleters(@Argument String campaignId, @Argument @Nullable String collegeId,
			@Argument @Nullable String classId, ScrollSubrange subrange) {
		long campaign = GlobalId.decode(campaignId, "Campaign");
		NonCompleterRepository.Filter filter = new NonCompleterRepository.Filter(GlobalId.decodeOptional(collegeId, "College"),
				GlobalId.decodeOptional(classId, "SchoolClass"), null);
		return statistics.scoped(campaign, StatisticsAccess::requirePeople).flatMap(scoped -> {
			Paging paging = Paging.of(subrange, limits);
			return repository.page(campaign, scoped.access(), filter, paging).collectList()
				.map(rows -> paging.window(rows, NonCompleterRepository::cursorKeys));
		});
	}

	@QueryMapping
	Mono<Window<NonCompleter>> counsellorTasks(@Argument String campaignId, ScrollSubrange subrange) {
		long campaign = GlobalId.decode(campaignId, "Campaign");
		return Viewer.current().flatMap(viewer -> {
			if (!viewer.has(Role.COUNSELLOR)) {
				return Mono.error(viewer.isAnonymous() ? new ApiException(ErrorCode.UNAUTHENTICATED)
						: new ApiException(ErrorCode.FORBIDDEN));
			}
			StatisticsAccess access = new StatisticsAccess(viewer.institutionId() == null ? -1 : viewer.institutionId(),
					StatisticsAccess.Scope.CLASSES, viewer.classIds(), false);
			Paging paging = Paging.of(subrange, limits);
			return statistics.campaignOf(campaign, access)
				.flatMap(ref -> repository.page(campaign, access, NonCompleterRepository.Filter.ALL, paging)
					.map(row -> row.phoneCipher() == null ? row : row.withPhone(cipher.decryptText(PHONE_COLUMN, row.phoneCipher())))
					.collectList())
				.map(rows -> paging.window(rows, NonCompleterRepository::cursorKeys));
		});
	}

}

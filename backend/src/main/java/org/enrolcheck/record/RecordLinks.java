package org.enrolcheck.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.validation.LinkDiagnosis;
import org.enrolcheck.validation.LinkHint;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Explains to a student why their records were or were not found (the seeds' most common support
 * case). Every check compares blind indexes and names inside the database, so nothing is decrypted,
 * and no other person's name or record is ever shown: only whether the student's own ID number
 * appears in a roster, which is theirs to know.
 */
@Service
public class RecordLinks {

	private final DatabaseClient db;

	RecordLinks(DatabaseClient db) {
		this.db = db;
	}

	public record RecordLink(int linked, List<LinkCause> causes) {
	}

	public record LinkCause(String code, String message, String nextStep) {
	}

	/** The owner's diagnosis; empty for anyone else's account. */
	public Mono<RecordLink> diagnose(long accountId, Locale locale) {
		boolean english = Language.english(locale);
		return Viewer.current()
			.filter(viewer -> viewer.has(Role.STUDENT) && viewer.subject().equals(GlobalId.encode("Account", accountId)))
			.flatMap(viewer -> db.sql("""
					SELECT a.display_name,
					       (SELECT count(*) FROM enrolment_record r
					        WHERE r.id_number_index = a.id_number_index AND r.name = a.display_name) AS linked,
					       (SELECT count(*) FROM enrolment_record r WHERE r.id_number_index = a.id_number_index) AS same_id
					FROM account a WHERE a.id = :id AND a.id_number_index IS NOT NULL""")
				.bind("id", accountId)
				.map(row -> new Counts(row.get("display_name", String.class), row.get("linked", Long.class).intValue(),
						row.get("same_id", Long.class).intValue()))
				.one())
			.flatMap(counts -> counts.linked() > 0 ? Mono.just(new RecordLink(counts.linked(), List.of()))
					: causes(accountId, counts, english).map(causes -> new RecordLink(0, causes)));
	}

	private record Counts(String name, int linked, int sameIdNumber) {
	}

	private Mono<List<LinkCause>> causes(long accountId, Counts counts, boolean english) {
		LinkDiagnosis typed = LinkDiagnosis.of(counts.name(), null);
		List<LinkCause> causes = new ArrayList<>();
		if (counts.sameIdNumber() == 0) {
			causes.add(cause("NO_RECORD", english,
					"没有找到与您身份证号一致的学籍：学校可能尚未导入名单，或学籍中的身份证号与您的不一致。",
					"No enrolment record carries your ID number: the roster may not be loaded yet, or the record holds a different number.",
					"请联系所在学院的学籍管理老师，核对学籍中的身份证号；名单导入后重新登录即可。",
					"Ask your college's records office to check the ID number on your record; sign in again once the roster is loaded."));
			typed.hints().forEach(hint -> causes.add(hint(hint, english)));
			return Mono.just(causes);
		}
		// The ID number is on a roster under another name: would the name, tidied, match?
		return db.sql("""
				SELECT count(*) FROM enrolment_record r, account a
				WHERE a.id = :id AND r.id_number_index = a.id_number_index AND r.name = :suggested""")
			.bind("id", accountId).bind("suggested", typed.suggestedName())
			.map(row -> row.get(0, Long.class) > 0).one()
			.map(tidiedMatches -> {
				if (tidiedMatches && !typed.hints().isEmpty()) {
					typed.hints().forEach(hint -> causes.add(hint(hint, english)));
				}
				causes.add(cause("NAME_DIFFERS", english,
						"学籍中与您身份证号对应的姓名与账号中的姓名不一致。",
						"The record with your ID number has a different name from your account's.",
						"如果账号姓名填错，请在“我的”中更正账号姓名（次数有限，会被记录）；如果是学籍姓名有误，请提交更正申请并上传证件照片。",
						"If your account's name is mistyped, correct it under Profile (limited, audited); if the record's name is wrong, file a correction with a photo of your ID card."));
				return causes;
			});
	}

	private static LinkCause hint(LinkHint hint, boolean english) {
		return new LinkCause(hint.name(), english ? hint.en() : hint.zh(),
				english ? "Correct it in your account's name, then sign in again." : "请按提示更正账号中的姓名后重新登录。");
	}

	private static LinkCause cause(String code, boolean english, String zh, String en, String nextZh, String nextEn) {
		return new LinkCause(code, english ? en : zh, english ? nextEn : nextZh);
	}

}

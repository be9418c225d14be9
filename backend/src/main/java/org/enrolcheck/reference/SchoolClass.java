package org.enrolcheck.reference;

import org.enrolcheck.graphql.NodeSource;

/** 班级: a class of one major and admission year; {@code code} is the 班号. */
public record SchoolClass(long id, long institutionId, long collegeId, long majorId, String code, String name,
		int admissionYear) implements NodeSource.Identified {
}

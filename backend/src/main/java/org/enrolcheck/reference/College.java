package org.enrolcheck.reference;

import org.enrolcheck.graphql.NodeSource;

/** 分院/系所: a college of one institution. */
public record College(long id, long institutionId, String code, String name) implements NodeSource.Identified {
}

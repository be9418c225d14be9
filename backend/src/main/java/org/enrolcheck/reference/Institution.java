package org.enrolcheck.reference;

import org.enrolcheck.graphql.NodeSource;

/** 院校: an institution with its 5-digit national code. */
public record Institution(long id, String code, String name) implements NodeSource.Identified {
}

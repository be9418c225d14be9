package org.enrolcheck.reference;

import org.enrolcheck.graphql.NodeSource;
import org.enrolcheck.validation.Level;

/** 专业: a catalogue major taught by one college at one level, with its standard length of schooling. */
public record Major(long id, long institutionId, long collegeId, String catalogueCode, String name, Level level,
		double lengthOfSchooling) implements NodeSource.Identified {
}

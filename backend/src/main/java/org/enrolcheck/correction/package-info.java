/**
 * Correction tickets (勘误申请): a student's request to correct fields of their record, routed by
 * tier, reviewed by the college and decided by the registry, applied to the record in the same
 * transaction, and exported as the 勘误表 for the provincial submission.
 */
@NullMarked
package org.enrolcheck.correction;

import org.jspecify.annotations.NullMarked;

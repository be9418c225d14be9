/**
 * The student's side of the self-check (学籍自查): each record's state in the newest campaign
 * covering it, confirmations of the record and of its admission photo bound to the record's
 * version, assisted confirmations by staff (代确认), and the tasks a student still has to do.
 */
@NullMarked
package org.enrolcheck.selfcheck;

import org.jspecify.annotations.NullMarked;

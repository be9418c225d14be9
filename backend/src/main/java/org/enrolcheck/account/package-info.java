/**
 * Accounts of students and staff: sign-in, rotating refresh-token sessions, throttling, profile
 * and the registrar's staff management.
 */
@NullMarked
package org.enrolcheck.account;

import org.jspecify.annotations.NullMarked;

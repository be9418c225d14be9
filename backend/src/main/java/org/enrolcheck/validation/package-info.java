/**
 * Field rules shared by the import, accounts, tickets and self-check: resident ID numbers
 * (GB 11643), names, the GB/T 3304 and GB/T 2260 code tables, the domain's enumerations, dates as
 * rosters write them, masking, and the hints that explain why an account found no record.
 * Pure Java: no Spring, no I/O, time only through an injected {@link java.time.Clock}.
 */
@NullMarked
package org.enrolcheck.validation;

import org.jspecify.annotations.NullMarked;

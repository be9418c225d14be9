/**
 * Statistics of self-check campaigns (统计): the funnel and its breakdowns, tickets, decision waits,
 * the daily trend, non-completer lists and exports, and live progress. Counts come from the
 * per-class summary tables of migration V13, refreshed from the base tables on read; nothing here
 * loops over students in Java.
 */
@NullMarked
package org.enrolcheck.stats;

import org.jspecify.annotations.NullMarked;

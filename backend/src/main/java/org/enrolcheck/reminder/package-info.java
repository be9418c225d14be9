/**
 * The reminder ladder (催办): on the campaign's reminder days before the deadline, every reachable
 * non-completer gets an SMS and an in-app message and every counsellor a note about their open
 * students; exactly once per step across replicas. Also "remind now" for a selection.
 */
@NullMarked
package org.enrolcheck.reminder;

import org.jspecify.annotations.NullMarked;

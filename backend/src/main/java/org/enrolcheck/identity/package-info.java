/**
 * Student identity (学信网账号的实名注册与找回): registration with an SMS code behind an ALTCHA
 * proof-of-work, SMS codes and their limits, forgotten password and username, phone and e-mail
 * changes, login history, account-name correction, and the inbox's read side.
 */
@NullMarked
package org.enrolcheck.identity;

import org.jspecify.annotations.NullMarked;

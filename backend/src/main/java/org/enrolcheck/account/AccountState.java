package org.enrolcheck.account;

/** Whether an account may sign in. */
enum AccountState {

	ACTIVE,
	/** Switched off by a registrar; can be switched on again. */
	DISABLED,
	/** Superseded after an identity dispute; kept, never signs in again. */
	DEACTIVATED

}

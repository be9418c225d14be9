package org.enrolcheck.notify;

/** Where a message goes besides the in-app inbox. */
public enum Channel {

	/** A text to the account's mobile phone. */
	SMS,

	/** A mail to the account's security e-mail, when it has one. */
	EMAIL

}

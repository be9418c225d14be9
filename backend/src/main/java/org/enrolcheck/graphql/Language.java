package org.enrolcheck.graphql;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one language rule of the API: English when the caller asks for it, Chinese otherwise
 * (also when no language is known).
 */
public final class Language {

	private Language() {
	}

	public static boolean english(@Nullable Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	public static String pick(@Nullable Locale locale, String zh, String en) {
		return english(locale) ? en : zh;
	}

}

package org.enrolcheck.identity;

/** What an SMS code is for; a code only works for the purpose it was sent for. */
enum SmsPurpose {

	REGISTER("注册"), RESET_PASSWORD("找回密码"), CHANGE_PHONE("更换手机号");

	private final String zh;

	SmsPurpose(String zh) {
		this.zh = zh;
	}

	String zh() {
		return zh;
	}

}

package org.enrolcheck.correction;

/** Why a student says a field is wrong (勘误原因), a fixed list so statistics can group by it. */
enum ReasonCode {

	/** 录入错误: the school or the province typed it wrong. */
	TYPO,
	/** 与高考报名信息不符: differs from the gaokao registration. */
	ADMISSION_DATA_DIFFERS,
	/** 与身份证件不符: differs from the ID document held before admission. */
	ID_DOCUMENT_DIFFERS,
	/** 转专业 / 调班: the student moved class or major and the record did not follow. */
	TRANSFERRED,
	/** 照片有误: the admission photo is not the student's or is unusable. */
	PHOTO_WRONG,
	/** 其他: explained in the note. */
	OTHER

}

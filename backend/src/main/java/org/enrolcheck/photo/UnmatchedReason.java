package org.enrolcheck.photo;

/** Why one file of a photo ZIP was not imported; the rest of the archive still was. */
enum UnmatchedReason {

	NO_SUCH_RECORD("文件名不是本校任何学籍的考生号或学号。", "The file name is no examinee or student number of this institution."),
	NOT_AN_IMAGE("文件内容不是 JPEG 或 PNG 图片（按内容识别，不看扩展名）。",
			"The content is not a JPEG or PNG image (judged by content, not by name)."),
	UNDECODABLE("图片已损坏或不完整，无法读取。", "The image is damaged or incomplete and cannot be read."),
	DUPLICATE_NAME("同一学籍有多张照片，无法判断用哪一张；请只保留一张。",
			"Several photos name the same record, so none was used; keep only one."),
	TOO_LARGE("图片文件或像素尺寸超过上限。", "The image file or its pixel size is larger than allowed."),
	UNSAFE_NAME("文件路径不安全（含 .. 或绝对路径），已拒绝。", "The path is unsafe (it climbs with .. or is absolute); refused.");

	private final String zh;

	private final String en;

	UnmatchedReason(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	String zh() {
		return zh;
	}

	String en() {
		return en;
	}

}

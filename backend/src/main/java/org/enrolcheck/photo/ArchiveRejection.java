package org.enrolcheck.photo;

/** Why a photo ZIP was refused as a whole; nothing was written. Codes are stable. */
enum ArchiveRejection {

	NOT_A_ZIP("无法读取该 ZIP 文件：它可能已损坏、加密，或使用了不支持的压缩方式。请用标准 ZIP 格式重新压缩后上传。",
			"The ZIP cannot be read: it may be damaged, encrypted or use an unsupported compression method."
					+ " Compress the photos again as a standard ZIP and upload it."),
	ZIP_BOMB("该 ZIP 解压后过大（文件数、总大小或压缩比超出上限），已拒绝，未导入任何照片。",
			"The ZIP unpacks to too much (entries, total size or compression ratio over the limit); it was refused"
					+ " and no photo was imported."),
	ZIP_EMPTY("ZIP 中没有 jpg、jpeg 或 png 照片。", "The ZIP holds no jpg, jpeg or png photo.");

	private final String zh;

	private final String en;

	ArchiveRejection(String zh, String en) {
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

package org.enrolcheck.upload;

import org.springframework.http.HttpStatus;

/** Why an upload was refused; nothing was stored. Codes are stable, messages in both languages. */
public class UploadRejected extends RuntimeException {

	public enum Reason {

		FILE_MISSING(HttpStatus.BAD_REQUEST, "请选择要上传的文件。", "Choose a file to upload."),
		FILE_EMPTY(HttpStatus.BAD_REQUEST, "文件是空的。", "The file is empty."),
		FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "文件超过大小上限。", "The file is larger than allowed."),
		FILE_TYPE_UNSUPPORTED(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "文件类型不支持（按内容识别，不看扩展名）。",
				"This kind of file is not accepted here (judged by its content, not its name)."),
		PURPOSE_UNKNOWN(HttpStatus.BAD_REQUEST, "上传用途无效。", "The upload purpose is not valid.");

		private final HttpStatus status;

		private final String zh;

		private final String en;

		Reason(HttpStatus status, String zh, String en) {
			this.status = status;
			this.zh = zh;
			this.en = en;
		}

		public HttpStatus status() {
			return status;
		}

		public String zh() {
			return zh;
		}

		public String en() {
			return en;
		}

	}

	private final Reason reason;

	public UploadRejected(Reason reason) {
		super(reason.name(), null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}

package org.enrolcheck.importing.file;

import java.util.Locale;

/**
 * Why a whole roster file was refused and nothing imported. The names are a contract with the API
 * and the frontend's texts. A message may hold one {@code %s} for the rejection's detail, which is
 * language-neutral (column names as written in the file, numbers, a format name) and never personal
 * data.
 */
public enum RosterFileError {

	FILE_EMPTY("文件是空的。", "The file is empty."),
	FILE_TOO_LARGE("文件超过 %s 的大小上限。", "The file is larger than the %s limit."),
	FILE_TYPE_UNSUPPORTED("不支持该文件类型（%s）。请上传 Excel 工作簿（.xlsx）或 CSV 文件；旧版 .xls 请先在 Excel 中“另存为” .xlsx，设有打开密码的工作簿请先取消密码。",
			"This file type (%s) is not supported. Upload an Excel workbook (.xlsx) or a CSV file; "
					+ "save an old .xls as .xlsx in Excel first, and remove the password of a protected workbook."),
	FILE_ENCODING_UNSUPPORTED("无法识别 CSV 文件的文字编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”。",
			"The CSV file's text encoding is not recognised; save it in Excel as \"CSV UTF-8 (Comma delimited)\"."),
	CSV_MALFORMED("CSV 文件在第 %s 行附近格式有误（如引号不成对）。",
			"The CSV file is malformed near line %s (for example an unbalanced quote)."),
	XLSX_CORRUPT("Excel 文件已损坏或不完整，请在 Excel 中重新保存后再上传。",
			"The Excel file is damaged or incomplete; save it again in Excel and upload it again."),
	ZIP_BOMB("Excel 文件解压后过大或压缩比异常，已拒绝处理。",
			"The Excel file expands to an unreasonable size or ratio and was refused."),
	HEADER_MISSING("找不到表头行：第一行应为列名（如 考生号、学号、姓名），请使用导入模板。",
			"No header row was found: the first row must hold the column names (such as 考生号, 学号, 姓名); "
					+ "use the import template."),
	COLUMN_UNKNOWN("表头中有无法识别的列：%s。请删除这些列，或按导入模板修改列名。",
			"The header has columns that are not recognised: %s. Remove them or rename them as in the template."),
	COLUMN_DUPLICATE("表头中有重复的列：%s。", "The header names a column more than once: %s."),
	COLUMN_REQUIRED_MISSING("缺少必填列：%s。", "Required columns are missing: %s."),
	NO_DATA_ROWS("文件只有表头，没有数据行。", "The file has a header but no data rows."),
	TOO_MANY_ROWS("数据行超过 %s 行的上限，请分批导入。", "The file has more than %s data rows; import it in parts.");

	private final String zh;

	private final String en;

	RosterFileError(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public String zh(String detail) {
		return zh.formatted(detail);
	}

	public String en(String detail) {
		return en.formatted(detail);
	}

	/** The message in the caller's language: English when asked for, Chinese otherwise. */
	public String message(Locale locale, String detail) {
		return "en".equals(locale.getLanguage()) ? en(detail) : zh(detail);
	}

}

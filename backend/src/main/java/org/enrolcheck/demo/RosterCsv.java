package org.enrolcheck.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import org.enrolcheck.importing.RosterRow;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows as the roster file a registrar uploads: UTF-8 with a byte-order mark (so that Excel
 * opens it as UTF-8), the Chinese headers in the order of the domain's field table, Chinese labels
 * (男, 居民身份证, 汉族, 重庆, 本科), ISO dates and CRLF line ends.
 */
public final class RosterCsv {

	public static final List<String> HEADERS = List.of("考生号", "学号", "姓名", "性别", "出生日期", "证件类型", "身份证号", "民族",
			"生源省市", "院校代码", "院校名称", "分院/系所", "班号", "专业代码", "专业名称", "学制", "层次", "录取年份", "学习形式", "学历类别",
			"入学日期", "预毕业日期", "学籍状态");

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final String LINE_END = "\r\n";

	private final InstitutionCatalogue catalogue;

	public RosterCsv(InstitutionCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** Streams the rows to {@code out}, which is flushed but left open. Returns the number of rows written. */
	public long write(Iterator<RosterRow> rows, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		writer.write(BYTE_ORDER_MARK);
		writer.write(String.join(",", HEADERS));
		writer.write(LINE_END);
		long written = 0;
		StringBuilder line = new StringBuilder(256);
		while (rows.hasNext()) {
			line.setLength(0);
			append(line, rows.next());
			writer.append(line);
			written++;
		}
		writer.flush();
		return written;
	}

	private void append(StringBuilder line, RosterRow row) {
		field(line, row.examineeNumber());
		field(line, row.studentNumber());
		field(line, row.name());
		field(line, row.gender().label());
		field(line, row.birthDate());
		field(line, row.idType().label());
		field(line, row.idNumber());
		field(line, row.ethnicity().label());
		field(line, row.originProvince().label());
		field(line, row.institutionCode());
		field(line, institutionName(row.institutionCode()));
		field(line, row.collegeName());
		field(line, row.classCode());
		field(line, row.majorCode());
		field(line, row.majorName());
		field(line, years(row.lengthOfSchooling()));
		field(line, row.level().label());
		line.append(row.admissionYear()).append(',');
		field(line, row.studyMode().label());
		field(line, row.educationCategory().label());
		field(line, row.enrolmentDate());
		field(line, row.expectedGraduationDate());
		line.append(row.status().label()).append(LINE_END);
	}

	private @Nullable String institutionName(@Nullable String code) {
		return catalogue.institutionCode().equals(code) ? catalogue.institutionName() : null;
	}

	/** {@code 4} or {@code 2.5}, as registrars write 学制. */
	private static String years(BigDecimal years) {
		return years.stripTrailingZeros().toPlainString();
	}

	private static void field(StringBuilder line, @Nullable LocalDate date) {
		field(line, date == null ? null : date.toString());
	}

	/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
	private static void field(StringBuilder line, @Nullable String value) {
		if (value != null) {
			boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
					|| value.indexOf('\r') >= 0;
			if (quote) {
				line.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(value);
			}
		}
		line.append(',');
	}

}

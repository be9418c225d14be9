package org.enrolcheck.importing.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Rosters built in the tests themselves: CSV as text, XLSX through fastexcel as Excel would save it. */
final class RosterFixtures {

	static final Clock TODAY = Clock.fixed(Instant.parse("2025-10-22T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

	static final List<String> HEADERS = RosterTemplate.headers();

	static final RosterReader READER = new RosterReader(TODAY);

	private RosterFixtures() {
	}

	/** A valid line for the person with this resident ID; change cells with {@link #with}. */
	static Map<String, Object> person(String examineeNumber, String studentNumber, String name, String gender,
			String birthDate, String idNumber) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("考生号", examineeNumber);
		row.put("学号", studentNumber);
		row.put("姓名", name);
		row.put("性别", gender);
		row.put("出生日期", birthDate);
		row.put("证件类型", "居民身份证");
		row.put("身份证号", idNumber);
		row.put("民族", "汉族");
		row.put("生源省市", "北京");
		row.put("院校代码", "10635");
		row.put("院校名称", "西南大学");
		row.put("分院/系所", "计算机与信息科学学院");
		row.put("班号", "2025010101");
		row.put("专业代码", "080901");
		row.put("专业名称", "计算机科学与技术");
		row.put("学制", "4");
		row.put("层次", "本科");
		row.put("录取年份", "2025");
		row.put("学习形式", "普通全日制");
		row.put("学历类别", "普通高等教育");
		row.put("入学日期", "2025-09-01");
		row.put("预毕业日期", "2029-06-30");
		row.put("学籍状态", "注册学籍");
		return row;
	}

	static Map<String, Object> wang() {
		return person("25110101000001", "2025000001", "王丽", "女", "1949-12-31", "11010519491231002X");
	}

	static Map<String, Object> zhang() {
		return person("25110101000002", "2025000002", "张伟", "男", "1990-03-07", "11010119900307803X");
	}

	static Map<String, Object> li() {
		return person("25310104000003", "2025000003", "李强", "男", "2000-01-01", "310104200001011239");
	}

	static Map<String, Object> chen() {
		return person("25110101000004", "2025000004", "陈晓", "女", "2000-02-29", "110101200002291248");
	}

	static Map<String, Object> with(Map<String, Object> row, String header, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(row);
		changed.put(header, value);
		return changed;
	}

	static Map<String, Object> without(Map<String, Object> row, String header) {
		Map<String, Object> changed = new LinkedHashMap<>(row);
		changed.remove(header);
		return changed;
	}

	/** Header from the first row's keys; CRLF as Excel writes. No cell may hold a comma or a quote. */
	@SafeVarargs
	static String csv(Map<String, Object>... rows) {
		List<String> lines = new ArrayList<>();
		lines.add(String.join(",", rows[0].keySet()));
		for (Map<String, Object> row : rows) {
			lines.add(row.values().stream().map(String::valueOf).collect(Collectors.joining(",")));
		}
		return String.join("\r\n", lines) + "\r\n";
	}

	static byte[] bytes(String text, String charset) {
		return text.getBytes(Charset.forName(charset));
	}

	static byte[] withBom(String text) {
		byte[] body = bytes(text, "UTF-8");
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		return bytes;
	}

	/** Header from the first row's keys; a LocalDate becomes a date-formatted serial, a Number a number cell. */
	@SafeVarargs
	static byte[] xlsx(Map<String, Object>... rows) {
		List<List<Object>> lines = new ArrayList<>();
		lines.add(new ArrayList<>(rows[0].keySet()));
		for (Map<String, Object> row : rows) {
			lines.add(new ArrayList<>(row.values()));
		}
		return xlsx(lines);
	}

	static byte[] xlsx(List<List<Object>> lines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			for (int r = 0; r < lines.size(); r++) {
				List<Object> line = lines.get(r);
				for (int c = 0; c < line.size(); c++) {
					switch (line.get(c)) {
						case LocalDate date -> {
							sheet.value(r, c, date);
							sheet.style(r, c).format("yyyy-mm-dd").set();
						}
						case Number number -> sheet.value(r, c, number);
						case Object text -> sheet.value(r, c, text.toString());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}

	static RosterParse.Parsed parsed(RosterParse parse) {
		if (parse instanceof RosterParse.Parsed parsed) {
			return parsed;
		}
		throw new AssertionError("expected a parsed roster, got " + parse);
	}

	/** GB 11643: ISO 7064 MOD 11-2 check character of the first 17 digits. */
	static String residentId(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

}

package org.enrolcheck.importing.file;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.importing.file.RosterFixtures.*;

/**
 * Prints how fast 100,000 generated rows are read and checked. A figure to watch, never an assertion:
 * timings on shared CI machines vary too much to fail a build on.
 */
class RosterThroughputTests {

	private static final int ROWS = 100_000;

	private static final String[] NAMES = { "王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "阿依古丽·买买提", "欧阳修远", "𠮷田" };

	private static final String[] COLLEGES = { "计算机与信息科学学院", "文学院", "数学与统计学院", "化学化工学院", "经济管理学院" };

	@Test
	void readsAndChecksAHundredThousandRows() {
		List<List<Object>> lines = lines(ROWS);
		String csv = toCsv(lines);
		byte[] csvBytes = csv.getBytes(StandardCharsets.UTF_8);
		byte[] xlsxBytes = xlsx(lines);

		measure("CSV", csvBytes.length, () -> READER.read(csvBytes, "throughput.csv"));
		measure("XLSX", xlsxBytes.length, () -> READER.read(xlsxBytes, "throughput.xlsx"));
	}

	/** One run to warm the JIT up, one timed. */
	private static void measure(String format, int bytes, Supplier<RosterParse> read) {
		RosterParse.Parsed warmUp = parsed(read.get());
		assertThat(warmUp.invalid()).isEmpty();
		assertThat(warmUp.rows()).hasSize(ROWS);
		long start = System.nanoTime();
		RosterParse.Parsed parsed = parsed(read.get());
		long elapsed = System.nanoTime() - start;
		assertThat(parsed.rows()).hasSize(ROWS);
		System.out.printf("%s: %,d rows (%,d KB) parsed and validated in %d ms = %,d rows/s on %d cores%n", format, ROWS,
				bytes / 1024, elapsed / 1_000_000, (long) (ROWS / (elapsed / 1e9)),
				Runtime.getRuntime().availableProcessors());
	}

	/** Distinct people with valid resident IDs, the examinee number and birth date as Excel would hold them. */
	private static List<List<Object>> lines(int count) {
		List<List<Object>> lines = new ArrayList<>(count + 1);
		lines.add(new ArrayList<>(HEADERS));
		LocalDate firstBirthDate = LocalDate.of(2004, 1, 1);
		for (int i = 0; i < count; i++) {
			LocalDate birthDate = firstBirthDate.plusDays(i % 1500);
			int sequence = i / 1500 % 1000;
			String id = residentId("510105" + birthDate.toString().replace("-", "") + "%03d".formatted(sequence));
			boolean male = sequence % 2 == 1;
			lines.add(new ArrayList<>(List.of(25510105000000L + i, "2025%06d".formatted(i), NAMES[i % NAMES.length],
					male ? "男" : "女", birthDate, "居民身份证", id, i % 7 == 0 ? "彝族" : "汉族", "四川", "10635", "西南大学",
					COLLEGES[i % COLLEGES.length], "20250101%02d".formatted(i % 40), "080901", "计算机科学与技术", 4, "本科",
					2025, "普通全日制", "普通高等教育", "2025-09-01", "2029-06-30", "注册学籍")));
		}
		return lines;
	}

	private static String toCsv(List<List<Object>> lines) {
		StringBuilder csv = new StringBuilder(lines.size() * 220);
		for (List<Object> line : lines) {
			for (int c = 0; c < line.size(); c++) {
				csv.append(c == 0 ? "" : ",").append(line.get(c));
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}

}

package org.enrolcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run: printed as they come (surefire keeps them in
 * target/surefire-reports/*-output.txt) and written to {@code artifacts/bench/<name>.txt} at the
 * repository root, which infra/bench/run.sh prints.
 */
final class BenchReport {

	private final String name;

	private final List<String> lines = new ArrayList<>();

	BenchReport(String name, String title) {
		this.name = name;
		line("# " + title);
		line("# %s, %d cores, Java %s (%s), %s %s", OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"));
		line("# load average at start: %s (other work on this machine skews absolute figures; ratios less so)",
				loadAverage());
	}

	/** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	void line(String format, Object... args) {
		String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
		lines.add(text);
		System.out.println(text);
	}

	/** Writes the report; returns where. */
	Path write() {
		line("# load average at end: %s", loadAverage());
		Path file = repositoryRoot().resolve("artifacts").resolve("bench").resolve(name + ".txt");
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println("written to " + file);
		return file;
	}

	/** The directory holding backend/ and infra/ (tests run in backend/). */
	static Path repositoryRoot() {
		Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
			if (Files.isDirectory(candidate.resolve("backend")) && Files.isDirectory(candidate.resolve("infra"))) {
				return candidate;
			}
		}
		return dir;
	}

	static double perSecond(long count, long nanos) {
		return count / (nanos / 1e9);
	}

	static double millis(long nanos) {
		return nanos / 1e6;
	}

}

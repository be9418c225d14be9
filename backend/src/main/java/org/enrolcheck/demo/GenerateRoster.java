package org.enrolcheck.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Iterator;

import org.enrolcheck.importing.RosterRow;

/**
 * Writes a demo roster CSV for 10635 西南大学, and optionally the ZIP of its admission photos:
 *
 * <pre>
 * java -cp target/classes:... org.enrolcheck.demo.GenerateRoster 100000 /tmp/roster.csv [seed] [photos.zip]
 * </pre>
 *
 * The benchmark loads the CSV through the import. The clock is today's in Asia/Shanghai, so that
 * statuses are plausible now; the seed defaults to 20251022.
 */
public final class GenerateRoster {

	static final long DEFAULT_SEED = 20251022L;

	private GenerateRoster() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2 || args.length > 4) {
			System.err.println("usage: GenerateRoster <rows> <roster.csv> [seed] [photos.zip]");
			System.exit(2);
		}
		// Photos draw into a BufferedImage; no display is wanted, on a server or in CI.
		System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
		int count = Integer.parseInt(args[0]);
		Path csv = Path.of(args[1]);
		long seed = args.length >= 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
		SyntheticStudents students = new SyntheticStudents(new SouthwestUniversityCatalogue(),
				Clock.system(ZoneId.of("Asia/Shanghai")), seed);

		long started = System.nanoTime();
		long written;
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
			written = new RosterCsv(students.catalogue()).write(students.rows(count).iterator(), out);
		}
		System.out.printf("wrote %d rows to %s in %d ms%n", written, csv, (System.nanoTime() - started) / 1_000_000);

		if (args.length == 4) {
			Path zip = Path.of(args[3]);
			started = System.nanoTime();
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16)) {
				Iterator<RosterRow> rows = students.rows(count).iterator();
				new PlaceholderPhotos(seed).photoZip(rows, out);
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("wrote %d photos to %s in %d ms%n", count, zip, millis);
		}
	}

}

package org.enrolcheck.importing.file;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

import org.jspecify.annotations.Nullable;

/**
 * Reads a file's rows on a thread of its own, a few chunks ahead, while the caller checks them:
 * unzipping and XML parsing cost about as much as the field rules, so on two cores the pipeline
 * roughly halves an import. The source is used and closed by the reading thread only; its
 * failures reach the caller from {@link #hasNext()}, in order.
 */
final class ReadAheadRows implements SheetRows {

	private static final int CHUNK = 512;

	private static final List<SheetRow> END = Collections.emptyList();

	/* Bounded, so that a fast reader cannot buffer a whole file in memory ahead of the checks. */
	private final BlockingQueue<List<SheetRow>> chunks = new ArrayBlockingQueue<>(4);

	private final Thread reader;

	private volatile @Nullable Throwable failure;

	private List<SheetRow> chunk = List.of();

	private int next;

	private boolean ended;

	ReadAheadRows(SheetRows source) {
		this.reader = Thread.ofPlatform().name("roster-read-ahead").daemon().unstarted(() -> read(source));
		reader.start();
	}

	private void read(SheetRows source) {
		try (source) {
			List<SheetRow> filling = new ArrayList<>(CHUNK);
			while (source.hasNext()) {
				filling.add(source.next());
				if (filling.size() == CHUNK) {
					chunks.put(filling);
					filling = new ArrayList<>(CHUNK);
				}
			}
			chunks.put(filling);
			chunks.put(END);
		}
		catch (InterruptedException cancelled) {
			// The caller stopped reading: the file was refused, or the caller itself was cancelled.
		}
		catch (RuntimeException | Error broken) {
			failure = broken;
			try {
				chunks.put(END);
			}
			catch (InterruptedException cancelled) {
				// Nobody is waiting any more.
			}
		}
	}

	@Override
	public boolean hasNext() {
		while (!ended && next == chunk.size()) {
			try {
				chunk = chunks.take();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new CancellationException("reading the roster was interrupted");
			}
			next = 0;
			if (chunk == END) {
				ended = true;
				switch (failure) {
					case null -> {
					}
					case RuntimeException broken -> throw broken;
					case Error broken -> throw broken;
					default -> throw new IllegalStateException(failure);
				}
			}
		}
		return !ended;
	}

	@Override
	public SheetRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return chunk.get(next++);
	}

	/** Stops the reading thread and waits for it, so that the source is closed when this returns. */
	@Override
	public void close() {
		reader.interrupt();
		try {
			reader.join();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}

package org.enrolcheck.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.enrolcheck.importing.RosterRow;

/**
 * Stand-in admission photos (录取照片): a 240×320 JPEG in the shape of an ID photo, a plain blue, white
 * or red background (its tint fixed by the seed) behind a faceless silhouette, a few kilobytes each.
 * No text is drawn, so no font is needed; everything draws into a {@link BufferedImage}, which works
 * in headless mode ({@code -Djava.awt.headless=true}, Spring Boot's default) without a display.
 */
public final class PlaceholderPhotos {

	public static final int WIDTH = 240;

	public static final int HEIGHT = 320;

	private static final float QUALITY = 0.85f;

	/** ID-photo backgrounds: 蓝底, 白底, 红底. */
	private static final List<Color> BACKGROUNDS = List.of(new Color(67, 142, 219), new Color(244, 244, 244),
			new Color(196, 38, 46));

	private static final List<Color> SKIN = List.of(new Color(241, 204, 174), new Color(226, 185, 150),
			new Color(205, 160, 124), new Color(247, 214, 190));

	private static final List<Color> CLOTHES = List.of(new Color(30, 34, 48), new Color(235, 235, 235),
			new Color(58, 66, 92), new Color(90, 90, 96));

	private static final Color HAIR = new Color(28, 24, 22);

	/** A fixed time for ZIP entries: the same students give byte-identical archives. */
	private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2025, 9, 1, 8, 0);

	private static final int ZIP_BATCH = 256;

	private final long seed;

	private final Color background;

	public PlaceholderPhotos(long seed) {
		this.seed = seed;
		this.background = BACKGROUNDS.get(Seeds.pick(seed, 0x9407, BACKGROUNDS.size()));
	}

	/** The photo of the student at this 0-based index of the roster; the same bytes every time. */
	public byte[] photo(int studentIndex) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			draw(g, Seeds.dice(seed, studentIndex));
		}
		finally {
			g.dispose();
		}
		return jpeg(image);
	}

	/**
	 * A ZIP of {@code <考生号>.jpg}, one per row, as the photo import takes it. A row's photo is that of
	 * its place in the roster (row number 2 is index 0). Photos are drawn a batch at a time on all
	 * cores, then written in row order, so the archive is the same bytes every time. Entries are
	 * stored, not deflated: a JPEG does not shrink. {@code out} is finished but left open.
	 */
	public void photoZip(Iterator<RosterRow> rows, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		List<RosterRow> batch = new ArrayList<>(ZIP_BATCH);
		while (rows.hasNext()) {
			batch.add(rows.next());
			if (batch.size() == ZIP_BATCH || !rows.hasNext()) {
				List<byte[]> jpegs = batch.parallelStream().map(row -> photo(row.rowNumber() - 2)).toList();
				for (int i = 0; i < batch.size(); i++) {
					store(zip, batch.get(i).examineeNumber() + ".jpg", jpegs.get(i));
				}
				batch.clear();
			}
		}
		zip.finish();
	}

	private static void store(ZipOutputStream zip, String name, byte[] jpeg) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(jpeg.length);
		entry.setCompressedSize(jpeg.length);
		CRC32 crc = new CRC32();
		crc.update(jpeg);
		entry.setCrc(crc.getValue());
		entry.setTimeLocal(ENTRY_TIME);
		zip.putNextEntry(entry);
		zip.write(jpeg);
		zip.closeEntry();
	}

	private void draw(Graphics2D g, SplittableRandom dice) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(vary(background, dice, 10));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		Color skin = SKIN.get(dice.nextInt(SKIN.size()));
		Color clothes = CLOTHES.get(dice.nextInt(CLOTHES.size()));
		double headWidth = 92 + dice.nextInt(16);
		double headHeight = headWidth * 1.25;
		double headX = (WIDTH - headWidth) / 2 + dice.nextInt(9) - 4;
		double headY = 62 + dice.nextInt(14);
		boolean longHair = dice.nextBoolean();
		g.setColor(HAIR);
		if (longHair) {
			g.fill(new RoundRectangle2D.Double(headX - 10, headY - 12, headWidth + 20, headHeight + 60, 60, 60));
		}
		g.setColor(clothes);
		g.fill(new Ellipse2D.Double(18, headY + headHeight + 18, WIDTH - 36, 220));
		g.setColor(skin.darker());
		g.fillRect((int) (WIDTH / 2.0 - headWidth * 0.2), (int) (headY + headHeight * 0.8), (int) (headWidth * 0.4),
				42);
		Ellipse2D head = new Ellipse2D.Double(headX, headY, headWidth, headHeight);
		g.setColor(HAIR);
		g.fill(new Ellipse2D.Double(headX - 6, headY - 12, headWidth + 12, headHeight * 0.75));
		g.setColor(skin);
		g.fill(head);
		// The fringe: the top of the head in the colour of the hair.
		Area fringe = new Area(head);
		double fringeHeight = headHeight * (0.22 + dice.nextInt(10) / 100.0);
		fringe.intersect(new Area(new Rectangle2D.Double(headX, headY, headWidth, fringeHeight)));
		g.setColor(HAIR);
		g.fill(fringe);
	}

	private static Color vary(Color color, SplittableRandom dice, int spread) {
		return new Color(channel(color.getRed(), dice, spread), channel(color.getGreen(), dice, spread),
				channel(color.getBlue(), dice, spread));
	}

	private static int channel(int value, SplittableRandom dice, int spread) {
		return Math.clamp(value + dice.nextInt(2 * spread + 1) - spread, 0, 255);
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
		// In memory: ImageIO.createImageOutputStream would cache through a temporary file.
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(QUALITY);
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}

package org.enrolcheck.receipt;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a QR code back as a phone would, so tests check what it says rather than how it is drawn. */
final class QrImages {

	private QrImages() {
	}

	static String decode(byte[] png) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
			return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
		}
		catch (IOException | com.google.zxing.ReaderException ex) {
			throw new AssertionError("not a readable QR code", ex);
		}
	}

}

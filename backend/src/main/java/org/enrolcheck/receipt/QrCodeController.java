package org.enrolcheck.receipt;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/verify/{code}.svg|.png}: a QR code of the public verification page, for the
 * printable receipt. Public, and no oracle: it never looks the code up, so it tells nothing about
 * whether a code exists (a text that cannot be a code is a 404). Not cached by shared caches, since
 * the URL holds the code.
 */
@RestController
class QrCodeController {

	private static final int PNG_MODULE_PIXELS = 8;

	private final VerificationLinks links;

	QrCodeController(VerificationLinks links) {
		this.links = links;
	}

	@GetMapping("/api/verify/{file}")
	Mono<ResponseEntity<byte[]>> qrCode(@PathVariable String file, ServerHttpRequest request) {
		int dot = file.lastIndexOf('.');
		String extension = dot < 0 ? "" : file.substring(dot + 1);
		var code = VerificationCodeText.normalise(dot < 0 ? file : file.substring(0, dot));
		if (code.isEmpty() || !(extension.equals("svg") || extension.equals("png"))) {
			return Mono.just(ResponseEntity.notFound().build());
		}
		String url = links.pageUrl(VerifierAddress.origin(org.springframework.web.util.UriComponentsBuilder
			.fromUri(request.getURI()).build()), VerificationCodeText.grouped(code.get()));
		return Mono.fromCallable(() -> {
			BitMatrix matrix = matrix(url);
			return extension.equals("svg") ? svg(matrix) : png(matrix);
		})
			.subscribeOn(Schedulers.boundedElastic())
			.map(bytes -> ResponseEntity.ok()
				.contentType(extension.equals("svg") ? MediaType.valueOf("image/svg+xml") : MediaType.IMAGE_PNG)
				.cacheControl(CacheControl.noStore())
				.header("Referrer-Policy", "no-referrer")
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
				.body(bytes));
	}

	static BitMatrix matrix(String text) {
		try {
			// width 0: one pixel per module, with the standard 4-module quiet zone
			return new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] svg(BitMatrix matrix) {
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
				}
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
				+ path + "\"/></svg>";
		return svg.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static byte[] png(BitMatrix matrix) {
		int size = PNG_MODULE_PIXELS;
		BufferedImage image = new BufferedImage(matrix.getWidth() * size, matrix.getHeight() * size,
				BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, matrix.get(x / size, y / size) ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}

package vn.ngoso.outreach.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.InvalidInput;

/**
 * Turns an uploaded photo into the JPEG that is kept: read with a byte limit counted while
 * reading (a stated size is only a claim), decoded (whatever is not a JPEG or PNG image is
 * refused), scaled down and encoded again from the pixels alone. Only pixels are written back, so
 * EXIF and every other metadata block (GPS position, phone model, time) are gone.
 */
@Component
public class EvidenceImages {

	/** A decoded image bigger than this is a decompression bomb, not a phone's photo. */
	private static final long MAX_PIXELS = 50_000_000L;

	private final EvidenceProperties properties;

	EvidenceImages(EvidenceProperties properties) {
		this.properties = properties;
	}

	/** The image to keep, as JPEG bytes with its size. */
	public record Cleaned(byte[] jpeg, int width, int height) {
	}

	public Cleaned clean(InputStream upload) {
		byte[] bytes = readAtMost(upload, properties.maxBytes());
		BufferedImage image = decode(bytes);
		BufferedImage scaled = scaled(image, properties.maxSide());
		return new Cleaned(jpeg(scaled), scaled.getWidth(), scaled.getHeight());
	}

	public long maxBytes() {
		return properties.maxBytes();
	}

	private static byte[] readAtMost(InputStream in, long max) {
		try (in) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			long total = 0;
			for (int n; (n = in.read(buffer)) > 0;) {
				total += n;
				if (total > max) {
					throw tooLarge(max);
				}
				out.write(buffer, 0, n);
			}
			if (total == 0) {
				throw InvalidInput.of("photo", "evidence.photo.empty");
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw InvalidInput.of("photo", "evidence.photo.unreadable");
		}
	}

	public static InvalidInput tooLarge(long max) {
		return InvalidInput.of("photo", "evidence.photo.tooLarge", max / (1024 * 1024));
	}

	private static BufferedImage decode(byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
			if (in == null) {
				throw notAnImage();
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw notAnImage();
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
				if (!format.equals("jpeg") && !format.equals("png")) {
					throw notAnImage();
				}
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw notAnImage();
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInput refusal) {
				throw refusal;
			}
			throw notAnImage();
		}
	}

	private static InvalidInput notAnImage() {
		return InvalidInput.of("photo", "evidence.photo.notImage");
	}

	/** Scaled so that the long side is at most maxSide, on a white ground (a PNG's transparency). */
	private static BufferedImage scaled(BufferedImage image, int maxSide) {
		int w = image.getWidth();
		int h = image.getHeight();
		double factor = Math.min(1.0, (double) maxSide / Math.max(w, h));
		int tw = Math.max(1, (int) Math.round(w * factor));
		int th = Math.max(1, (int) Math.round(h * factor));
		BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, tw, th);
			g.drawImage(image, 0, 0, tw, th, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.82f);
			// no metadata given: the writer makes a bare JFIF header, nothing of the upload's
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}
}

package vn.citizenhub.testsupport;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Pictures for tests, made here so that each test says what it holds: camera JPEGs with EXIF
 * (camera make and model, orientation, a GPS point; {@link ExifBlock}), PNGs, the smallest WebP,
 * and the broken kinds a public endpoint must refuse (a text behind a PNG signature, a truncated
 * file, a header that claims billions of pixels).
 */
public final class TestPhotos {

  /** A 1 x 1 lossless WebP (RIFF, "WEBP", one VP8L chunk). */
  public static final byte[] WEBP_1X1 =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  private TestPhotos() {}

  /** A JPEG of a gradient with a diagonal line, {@code width} x {@code height}, no metadata. */
  public static byte[] jpeg(int width, int height) {
    return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
  }

  /** The same JPEG as a camera writes it: an EXIF block right after the start marker. */
  public static byte[] cameraJpeg(int width, int height, ExifBlock exif) {
    return withExif(jpeg(width, height), exif);
  }

  /** A JPEG with {@code exif} spliced in right after its start marker. */
  public static byte[] withExif(byte[] plain, ExifBlock exif) {
    byte[] app1 = exif.app1Segment();
    byte[] out = new byte[plain.length + app1.length];
    System.arraycopy(plain, 0, out, 0, 2); // SOI
    System.arraycopy(app1, 0, out, 2, app1.length);
    System.arraycopy(plain, 2, out, 2 + app1.length, plain.length - 2);
    return out;
  }

  public static byte[] png(int width, int height) {
    return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
  }

  /** A PNG's eight-byte signature followed by text: a "photo.jpg" that is no picture at all. */
  public static byte[] pngSignatureWithText() {
    byte[] text = "Đây không phải ảnh. <script>alert(1)</script> DROP TABLE ticket;"
        .getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
        8 + text.length);
    System.arraycopy(text, 0, out, 8, text.length);
    return out;
  }

  /** The first {@code keep} bytes of a picture: a broken upload. */
  public static byte[] truncated(byte[] picture, int keep) {
    return Arrays.copyOf(picture, keep);
  }

  /**
   * A PNG whose header claims {@code width} x {@code height} pixels of 8-bit RGBA, followed by
   * one small compressed block: a decompression bomb's front, a few dozen bytes long.
   */
  public static byte[] pngClaiming(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0)
        .put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00,
        0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static BufferedImage picture(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height,
        new Color(240, 200, 60)));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.RED);
    g.drawLine(0, 0, width / 4, height); // something that shows which way is up
    g.dispose();
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

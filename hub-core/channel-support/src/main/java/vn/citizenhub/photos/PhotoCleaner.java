package vn.citizenhub.photos;

import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Checks a photo by its bytes and keeps a clean copy: the format from its magic, its size in
 * pixels from its header (a decompression bomb is refused before anything is decoded), decoded
 * in full with no warning (a truncated file is refused), subsampled while decoding so a large
 * photo never occupies more than about four times the kept size in memory, turned upright, scaled
 * to the long side and written anew as JPEG from the pixels alone, so that no metadata (GPS,
 * camera, owner, thumbnails) survives. At most {@link PhotoSettings#getMaxConcurrent()} photos
 * are decoded at once in this process.
 */
@Singleton
public class PhotoCleaner {

  static {
    ImageIO.setUseCache(false); // decode in memory: no temporary files per photo
  }

  private final PhotoSettings settings;
  private final Semaphore slots;

  PhotoCleaner(PhotoSettings settings) {
    this.settings = settings;
    this.slots = new Semaphore(Math.max(1, settings.getMaxConcurrent()), true);
  }

  /** The clean copy of photo number {@code index} (from 0), or a refusal naming it. */
  public CleanPhoto clean(byte[] sent, int index) {
    if (sent.length > settings.getMaxBytes()) {
      throw PhotoRefusal.tooLarge(index, settings.getMaxBytes());
    }
    ImageKind kind = ImageKind.of(sent).orElseThrow(() -> PhotoRefusal.notAnImage(index));
    boolean admitted;
    try {
      admitted = slots.tryAcquire(settings.getSlotWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PhotoRefusal.busy();
    }
    if (!admitted) {
      throw PhotoRefusal.busy();
    }
    try {
      PhotoMetadata metadata = PhotoMetadata.of(sent);
      BufferedImage decoded = decode(sent, kind, index);
      BufferedImage upright = uprightAndScaled(decoded, metadata.orientation());
      return new CleanPhoto(jpeg(upright), upright.getWidth(), upright.getHeight(),
          metadata.gps(), sha256(sent));
    } finally {
      slots.release();
    }
  }

  private BufferedImage decode(byte[] sent, ImageKind kind, int index) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.readerFormat);
    if (!readers.hasNext()) {
      throw PhotoRefusal.notAnImage(index);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(sent))) {
      reader.setInput(in, true, true);
      long width = reader.getWidth(0);
      long height = reader.getHeight(0);
      if (width < 1 || height < 1) {
        throw PhotoRefusal.notAnImage(index);
      }
      if (width * height > settings.getMaxPixels()) {
        throw PhotoRefusal.tooManyPixels(index, settings.getMaxPixels());
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = (int) Math.max(1, Math.max(width, height) / settings.getLongSide());
      param.setSourceSubsampling(step, step, 0, 0);
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      BufferedImage image = reader.read(0, param);
      if (!warnings.isEmpty() || image == null) {
        throw PhotoRefusal.notAnImage(index); // truncated or damaged: not what was taken
      }
      return image;
    } catch (IOException | RuntimeException e) {
      if (e instanceof PhotoRefusal refusal) {
        throw refusal;
      }
      throw PhotoRefusal.notAnImage(index);
    } finally {
      reader.dispose();
    }
  }

  /**
   * Applies the EXIF orientation (1 to 8: the eight ways a camera can hold a picture) and scales
   * to the long side, in one drawing onto a white RGB canvas (transparency becomes white).
   */
  private BufferedImage uprightAndScaled(BufferedImage image, int orientation) {
    int w = image.getWidth();
    int h = image.getHeight();
    double scale = Math.min(1.0, (double) settings.getLongSide() / Math.max(w, h));
    int sw = Math.max(1, (int) Math.round(w * scale));
    int sh = Math.max(1, (int) Math.round(h * scale));
    boolean turned = orientation >= 5;
    int outW = turned ? sh : sw;
    int outH = turned ? sw : sh;
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> { t.translate(sw, 0); t.scale(-1, 1); }
      case 3 -> { t.translate(sw, sh); t.rotate(Math.PI); }
      case 4 -> { t.translate(0, sh); t.scale(1, -1); }
      case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
      case 6 -> { t.translate(sh, 0); t.rotate(Math.PI / 2); }
      case 7 -> { t.scale(-1, 1); t.translate(-sh, sw); t.rotate(-Math.PI / 2); }
      case 8 -> { t.translate(0, sw); t.rotate(-Math.PI / 2); }
      default -> { }
    }
    t.scale(scale, scale);
    BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, outW, outH);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
          RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(image, t, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(settings.getJpegQuality());
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("JPEG encoding into memory failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

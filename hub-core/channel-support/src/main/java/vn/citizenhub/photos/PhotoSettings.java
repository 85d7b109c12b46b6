package vn.citizenhub.photos;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Limits of the photos a web report may carry ({@code hub.web.photos.*}; docs/attachments.md).
 * The request-size settings of the server follow from them and are checked at start
 * ({@link PhotoUploads}): {@code micronaut.server.multipart.max-file-size} at least
 * {@link #getMaxBytes()}, {@code micronaut.server.max-request-size} at least
 * {@link #getMaxCount()} times it plus the report.
 */
@ConfigurationProperties("hub.web.photos")
public interface PhotoSettings {

  /** Photos of one report. */
  @Bindable(defaultValue = "5")
  int getMaxCount();

  /** Bytes of one photo as sent; a phone's photo is 2 to 6 MB. */
  @Bindable(defaultValue = "8388608")
  long getMaxBytes();

  /**
   * Pixels of one photo (width times height), read from its header before anything is decoded:
   * a few kilobytes can claim a picture of billions of pixels. 50 MP covers phone cameras.
   */
  @Bindable(defaultValue = "50000000")
  long getMaxPixels();

  /** The kept copy's longer side, in pixels: enough to read a sign, a tenth of the bytes. */
  @Bindable(defaultValue = "1600")
  int getLongSide();

  /** JPEG quality of the kept copy, 0 to 1. */
  @Bindable(defaultValue = "0.85")
  float getJpegQuality();

  /**
   * Photos decoded at once in this process: each takes up to ~50 MB while decoded, so this, not
   * the intake bulkhead, bounds the memory photos take.
   */
  @Bindable(defaultValue = "2")
  int getMaxConcurrent();

  /** How long a photo waits for a decoding slot before the report is refused (503, kept none). */
  @Bindable(defaultValue = "5s")
  Duration getSlotWait();

  /** The whole upload must have arrived by then (slow senders hold an intake slot). */
  @Bindable(defaultValue = "60s")
  Duration getUploadWithin();
}

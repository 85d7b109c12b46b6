package vn.citizenhub.channel.web.photo;

import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.multipart.FileUpload;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.multipart.MultipartBody;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import vn.citizenhub.photos.PhotoRefusal;
import vn.citizenhub.photos.PhotoSettings;

/**
 * Reads a multipart report as it arrives: one part {@code report} (the JSON form, at most
 * {@link #MAX_REPORT_BYTES}) and up to {@link PhotoSettings#getMaxCount()} parts {@code photo}.
 * Any other part, a second report, one photo too many or a photo over the size limit ends the
 * upload at once with a refusal. Photos larger than the server's in-memory threshold wait on
 * disk (Micronaut's multipart settings) until they are cleaned one at a time.
 */
@Singleton
public class PhotoUploads {

  /** The same cap as a JSON report's whole body. */
  public static final int MAX_REPORT_BYTES = 65536;
  public static final String REPORT_PART = "report";
  public static final String PHOTO_PART = "photo";

  /** What arrived: the form's JSON and the photo parts, each read at most once. */
  public record Upload(String reportJson, List<CompletedPart> photos) {

    /** The bytes of photo {@code index}, read from memory or disk and released. */
    public byte[] photoBytes(int index, long maxBytes) {
      try (InputStream in = photos.get(index).getInputStream()) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw PhotoRefusal.tooLarge(index, maxBytes);
        }
        return bytes;
      } catch (IOException e) {
        throw PhotoRefusal.notAnImage(index);
      }
    }

    /** Releases what was not read (on a refusal). */
    public void discard() {
      photos.forEach(PhotoUploads::release);
    }
  }

  private final PhotoSettings settings;

  PhotoUploads(PhotoSettings settings, HttpServerConfiguration server) {
    this.settings = settings;
    long perFile = server.getMultipart().getMaxFileSize();
    long whole = server.getMaxRequestSize();
    long needed = settings.getMaxCount() * settings.getMaxBytes() + 2L * MAX_REPORT_BYTES;
    if (perFile < settings.getMaxBytes() || whole < needed) {
      throw new IllegalStateException("hub.web.photos allows " + settings.getMaxCount() + " x "
          + settings.getMaxBytes() + " bytes, but micronaut.server.multipart.max-file-size is "
          + perFile + " and micronaut.server.max-request-size " + whole + " (needs " + needed
          + ")");
    }
  }

  /**
   * Starts reading the upload; the future ends with it, or with a {@link PhotoRefusal} (a part
   * refused, the upload malformed or not complete within {@link PhotoSettings#getUploadWithin()}).
   * Subscribed at once, on the thread that receives the request: the server buffers only what
   * arrives before this subscription (micronaut.server.max-request-buffer-size).
   */
  public CompletableFuture<Upload> start(MultipartBody body) {
    PartCollector collector = new PartCollector(settings.getMaxCount());
    body.subscribe(collector);
    return collector.done.orTimeout(settings.getUploadWithin().toMillis(), TimeUnit.MILLISECONDS)
        .handle((upload, failure) -> {
          if (failure == null) {
            return upload;
          }
          collector.abandon();
          throw refusal(failure instanceof CompletionException ? failure.getCause() : failure,
              collector.photoCount());
        });
  }

  private PhotoRefusal refusal(Throwable failure, int photos) {
    if (failure instanceof PhotoRefusal refusal) {
      return refusal;
    }
    if (failure instanceof TimeoutException) {
      return PhotoRefusal.tooSlow();
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ContentLengthExceededException) { // a part over the multipart limit
        return PhotoRefusal.tooLarge(photos, settings.getMaxBytes());
      }
      if (t instanceof BufferLengthExceededException) { // more arrived than could wait
        return PhotoRefusal.reportTooLarge();
      }
    }
    return PhotoRefusal.badForm("MALFORMED_MULTIPART",
        "Nội dung gửi lên không phải biểu mẫu nhiều phần (multipart) hợp lệ.",
        "The request body is not valid multipart form data.");
  }

  static void release(CompletedPart part) {
    try {
      if (part instanceof FileUpload upload) {
        upload.discard();
      } else {
        part.getBytes();
      }
    } catch (IOException | RuntimeException e) {
      // Already released.
    }
  }

  /** Takes the parts one at a time, so a refusal stops the upload where it is. */
  private static final class PartCollector implements Subscriber<CompletedPart> {
    final CompletableFuture<Upload> done = new CompletableFuture<>();
    final List<CompletedPart> photos = new ArrayList<>();
    private final int maxPhotos;
    private Subscription subscription;
    private String report;

    PartCollector(int maxPhotos) {
      this.maxPhotos = maxPhotos;
    }

    @Override
    public void onSubscribe(Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public synchronized void onNext(CompletedPart part) {
      try {
        take(part);
        subscription.request(1);
      } catch (PhotoRefusal refusal) {
        release(part);
        abandon();
        done.completeExceptionally(refusal);
      }
    }

    private void take(CompletedPart part) {
      String name = part.getName();
      if (PHOTO_PART.equals(name)) {
        if (photos.size() >= maxPhotos) {
          throw PhotoRefusal.tooMany(maxPhotos);
        }
        photos.add(part);
      } else if (REPORT_PART.equals(name) && report == null) {
        report = ReportPart.text(part);
      } else {
        throw PhotoRefusal.badForm(REPORT_PART.equals(name) ? "DUPLICATE_PART" : "UNKNOWN_PART",
            "Biểu mẫu chỉ gồm một phần 'report' (nội dung phản ánh) và các phần 'photo' (ảnh).",
            "The form has one part 'report' (the report) and parts 'photo' (photos) only.");
      }
    }

    synchronized int photoCount() {
      return photos.size();
    }

    synchronized void abandon() {
      if (subscription != null) {
        subscription.cancel();
      }
      photos.forEach(PhotoUploads::release);
      photos.clear();
    }

    @Override
    public synchronized void onError(Throwable t) {
      abandon();
      done.completeExceptionally(t);
    }

    @Override
    public synchronized void onComplete() {
      if (report == null) {
        abandon();
        done.completeExceptionally(PhotoRefusal.badForm("REPORT_PART_MISSING",
            "Thiếu phần 'report' (nội dung phản ánh dạng JSON).",
            "The part 'report' (the report as JSON) is missing."));
      } else {
        done.complete(new Upload(report, List.copyOf(photos)));
      }
    }
  }
}

package vn.citizenhub.photos;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.attachments.AttachmentStore;
import vn.citizenhub.attachments.AttachmentStoreException;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.logging.ErrorText;

/**
 * Puts a report's clean photos in the attachment store before the report is handed off (each
 * channel under its own folder: {@code web/}, {@code app/}), under
 * keys that follow from the request: the same {@code Idempotency-Key} with the same content
 * names the same keys, so a resubmission that slips past the early look-up writes the same
 * objects again rather than new ones. Without a key each request gets fresh keys.
 */
@Singleton
public class StoredPhotos {

  private static final Logger LOG = LoggerFactory.getLogger(StoredPhotos.class);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  private final AttachmentStore store;
  private final Clock clock = Clock.systemUTC();

  StoredPhotos(AttachmentStore store) {
    this.store = store;
  }

  /**
   * Stores every photo, or none: on a failure those already stored are deleted again and the
   * refusal says the report was not taken.
   */
  public List<Attachment> store(String channelFolder, List<CleanPhoto> photos,
      String idempotencyKey, String requestHash, boolean publicAllowed) {
    String request = idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString();
    String folder = channelFolder + "/" + MONTH.format(clock.instant()) + "/";
    List<Attachment> stored = new ArrayList<>();
    try {
      for (int i = 0; i < photos.size(); i++) {
        String name = PhotoCleaner.sha256((request + "\n" + requestHash + "\n" + i)
            .getBytes(StandardCharsets.UTF_8)).substring(0, 40);
        CleanPhoto photo = photos.get(i);
        store.put(folder + name + ".jpg", photo.jpeg(), CleanPhoto.MEDIA_TYPE);
        stored.add(Attachment.stored(folder + name + ".jpg", CleanPhoto.MEDIA_TYPE,
            photo.jpeg().length, publicAllowed));
      }
      return stored;
    } catch (AttachmentStoreException e) {
      LOG.warn("A report's photos were not stored; the report is refused: {}",
          ErrorText.of(e));
      forget(stored);
      throw PhotoRefusal.notStored();
    }
  }

  /** Deletes photos of a report that was not taken after all; failures are only logged. */
  public void forget(List<Attachment> stored) {
    for (Attachment a : stored) {
      try {
        store.delete(a.storeKey().orElseThrow());
      } catch (AttachmentStoreException e) {
        LOG.warn("A photo of a refused report stays in the store: {}", ErrorText.of(e));
      }
    }
  }
}

package vn.citizenhub.attachments;

import java.util.Optional;

/**
 * Where the hub keeps citizens' photos and files: one store shared by hub-core and every channel,
 * addressed by key ({@code web/2025-07/3f9c….jpg}). A channel puts the file first and then hands
 * off an intake whose attachment url is {@code store:<key>}; hub-core records the key on the
 * ticket and reads the file back for staff. A folder on one machine (the all-in-one hub) or an
 * S3-compatible bucket (the distributed deployment), chosen by {@code hub.attachments.store}.
 *
 * <p>Keys are checked by {@link vn.citizenhub.contract.intake.IntakeValidator#isStoreKey}: a
 * key that is not a safe relative path is refused with an {@link IllegalArgumentException}.
 * Every other failure (disk full, bucket unreachable) is an {@link AttachmentStoreException}.
 */
public interface AttachmentStore {

  /** Keeps {@code bytes} under {@code key}, replacing what was there (puts are idempotent). */
  void put(String key, byte[] bytes, String mediaType);

  /** The file under {@code key}; empty when there is none (never stored, or deleted). */
  Optional<byte[]> get(String key);

  /** True when a file is under {@code key}, without reading it. */
  boolean exists(String key);

  /** Removes the file under {@code key}; removing a file that is not there is not an error. */
  void delete(String key);
}

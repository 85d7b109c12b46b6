package vn.citizenhub.attachments;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import vn.citizenhub.contract.intake.IntakeValidator;

/**
 * The attachment store as a folder ({@code hub.attachments.folder}): a key is a relative path
 * under it. A file is written beside its final name and moved into place, so a reader never sees
 * half a photo and a crash leaves at most a {@code .part} file.
 */
@Singleton
@Requires(property = AttachmentSettings.STORE, notEquals = AttachmentSettings.S3)
public class FolderAttachmentStore implements AttachmentStore {

  private final Path root;

  public FolderAttachmentStore(AttachmentSettings settings) {
    if (!AttachmentSettings.FOLDER.equals(settings.getStore())) {
      throw new IllegalStateException("hub.attachments.store must be 'folder' or 's3', not '"
          + settings.getStore() + "'");
    }
    this.root = Path.of(settings.getFolder()).toAbsolutePath().normalize();
  }

  /** For tests and tools: a store over {@code root}. */
  public FolderAttachmentStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, byte[] bytes, String mediaType) {
    Path file = file(key);
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), ".upload-", ".part");
      try {
        Files.write(partial, bytes);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new AttachmentStoreException("attachment not written to the folder store", e);
    }
  }

  @Override
  public Optional<byte[]> get(String key) {
    try {
      return Optional.of(Files.readAllBytes(file(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new AttachmentStoreException("attachment not read from the folder store", e);
    }
  }

  @Override
  public boolean exists(String key) {
    return Files.isRegularFile(file(key));
  }

  @Override
  public void delete(String key) {
    try {
      Files.deleteIfExists(file(key));
    } catch (IOException e) {
      throw new AttachmentStoreException("attachment not deleted from the folder store", e);
    }
  }

  private Path file(String key) {
    if (!IntakeValidator.isStoreKey(key)) {
      throw new IllegalArgumentException("not an attachment store key");
    }
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("not an attachment store key");
    }
    return file;
  }
}

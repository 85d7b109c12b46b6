package vn.citizenhub.channel.zalo.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.logging.ErrorText;

/**
 * The folder Zalo photos were kept in before the attachment store ({@code hub.zalo.media-dir}):
 * rows of {@code zalo_media} from then name a file here, which their erasure and retention
 * still delete. Nothing new is written here.
 */
final class LegacyMediaFolder {

  private static final Logger LOG = LoggerFactory.getLogger(LegacyMediaFolder.class);

  private final Path root;

  LegacyMediaFolder(String folder) {
    this.root = Path.of(folder).toAbsolutePath().normalize();
  }

  /** Deletes the listed file if it is under the folder; false when it could not be deleted. */
  boolean delete(String relative) {
    Path file = root.resolve(relative).normalize();
    try {
      if (file.startsWith(root)) {
        Files.deleteIfExists(file);
      }
      return true;
    } catch (IOException e) {
      LOG.warn("A kept photo could not be deleted; the next purge retries: {}", ErrorText.of(e));
      return false;
    }
  }
}

package vn.citizenhub.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderAttachmentStoreTest extends AttachmentStoreContract {

  @TempDir
  Path folder;

  @Override
  AttachmentStore store() {
    return new FolderAttachmentStore(folder);
  }

  @Test
  void aKeyIsAPathUnderTheFolderAndNoPartialFileIsLeft() throws IOException {
    store().put("web/2025-07/abc.jpg", new byte[] {9, 8, 7}, "image/jpeg");
    assertTrue(Files.isRegularFile(folder.resolve("web/2025-07/abc.jpg")));
    try (Stream<Path> files = Files.walk(folder)) {
      assertEquals(1, files.filter(Files::isRegularFile).count());
    }
  }
}

package vn.citizenhub.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every attachment store promises; one short subclass per store. */
abstract class AttachmentStoreContract {

  abstract AttachmentStore store();

  private static String key() {
    return "test/" + UUID.randomUUID() + ".jpg";
  }

  @Test
  void aFilePutIsReadBackByteForByte() {
    String key = key();
    byte[] photo = new byte[300_000];
    new java.util.Random(7).nextBytes(photo);
    store().put(key, photo, "image/jpeg");
    assertArrayEquals(photo, store().get(key).orElseThrow());
    assertTrue(store().exists(key));
  }

  @Test
  void aSecondPutUnderTheSameKeyReplacesTheFirst() {
    String key = key();
    store().put(key, "first".getBytes(StandardCharsets.UTF_8), "image/jpeg");
    store().put(key, "second".getBytes(StandardCharsets.UTF_8), "image/jpeg");
    assertEquals("second", new String(store().get(key).orElseThrow(), StandardCharsets.UTF_8));
  }

  @Test
  void aDeletedOrNeverStoredKeyReadsAsNothingAndDeletingItAgainIsNoError() {
    String key = key();
    store().put(key, new byte[] {1, 2, 3}, "image/png");
    store().delete(key);
    assertTrue(store().get(key).isEmpty());
    assertFalse(store().exists(key));
    store().delete(key);
    assertTrue(store().get(key()).isEmpty());
    assertFalse(store().exists(key()));
  }

  @Test
  void aKeyThatIsNotASafeRelativePathIsRefusedBeforeAnythingIsTouched() {
    for (String bad : List.of("../escape.jpg", "/etc/passwd", "a/../../b", "a//b", ".hidden",
        "a/b c", "")) {
      assertThrows(IllegalArgumentException.class,
          () -> store().put(bad, new byte[] {1}, "image/jpeg"), bad);
      assertThrows(IllegalArgumentException.class, () -> store().get(bad), bad);
      assertThrows(IllegalArgumentException.class, () -> store().exists(bad), bad);
      assertThrows(IllegalArgumentException.class, () -> store().delete(bad), bad);
    }
  }
}

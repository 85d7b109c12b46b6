package vn.citizenhub.channel.zalo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Recorded webhook payloads under {@code src/test/resources/zalo}, byte for byte. */
public final class Recorded {
  private Recorded() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Recorded.class.getResourceAsStream("/zalo/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded payload " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

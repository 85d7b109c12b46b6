package vn.citizenhub.channel.app.devices;

import java.util.Locale;
import java.util.Optional;

/** Where an app install runs; FCM serves all three with the same registration token API. */
public enum Platform {
  ANDROID,
  IOS,
  WEB;

  /** The platform named by an app ({@code android}, {@code ios}, {@code web}, any case). */
  static Optional<Platform> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}

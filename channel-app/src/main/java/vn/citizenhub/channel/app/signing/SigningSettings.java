package vn.citizenhub.channel.app.signing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** How signed requests are checked ({@code hub.app.signing.*}; docs/app-api.md). */
@ConfigurationProperties("hub.app.signing")
public interface SigningSettings {

  /** How far {@code X-Timestamp} may be from the hub's clock, either way. */
  @Bindable(defaultValue = "5m")
  Duration getWindow();

  /**
   * Bytes of one request body (multipart with photos included): three photos of 8 MiB and the
   * report. Beyond it the request is refused before it is signed-checked or stored.
   */
  @Bindable(defaultValue = "26214400")
  long getMaxBodyBytes();

  /** A body up to this size is kept in memory while it is checked; a larger one on disk. */
  @Bindable(defaultValue = "262144")
  int getInMemoryBytes();
}

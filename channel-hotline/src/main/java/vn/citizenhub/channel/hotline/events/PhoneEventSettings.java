package vn.citizenhub.channel.hotline.events;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** The phone system's events ({@code hub.hotline.events.*}). */
@ConfigurationProperties("hub.hotline.events")
public interface PhoneEventSettings {

  /** Shared with the phone system; signs every event. Without one, every event is refused. */
  @Nullable
  String getSecret();

  /** How far an event's timestamp may be from this server's clock, either way. */
  @Bindable(defaultValue = "5m")
  Duration getMaxSkew();

  /** Largest event body accepted; an event is a few hundred bytes. */
  @Bindable(defaultValue = "8192")
  int getMaxBodyBytes();

  /** Threads that record events in the call log (each holds a database connection meanwhile). */
  @Bindable(defaultValue = "4")
  int getRecordThreads();

  /**
   * Events waiting for one of those threads; one more is refused at once (503) instead of joining
   * a queue it could not leave within the answer's time limit.
   */
  @Bindable(defaultValue = "200")
  int getRecordQueue();
}

package vn.citizenhub.channel.app.push;

import java.time.Duration;

/**
 * FCM did not take a message for now (429, 5xx, a timeout, the circuit open, no access token):
 * the notice is tried again later. Carries FCM's {@code Retry-After} when it gave one.
 */
public class FcmUnavailable extends Exception {

  private final Duration retryAfter;

  public FcmUnavailable(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = retryAfter;
  }

  public FcmUnavailable(String message) {
    this(message, null, null);
  }

  /** FCM's {@code Retry-After}, or null when it gave none. */
  public Duration retryAfter() {
    return retryAfter;
  }
}

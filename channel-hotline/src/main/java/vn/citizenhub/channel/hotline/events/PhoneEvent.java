package vn.citizenhub.channel.hotline.events;

import java.time.Instant;

/**
 * What the phone system says about a call: it rings at an operator's extension, the operator
 * answers, it ends. {@code callerPhone} is normalised (+84…), or null when the number is withheld
 * or not a Vietnamese number the hub can text.
 */
public record PhoneEvent(Type type, String callId, String callerPhone, String extension,
    Instant occurredAt) {

  /** The three moments of a call the hotline needs. */
  public enum Type {
    RINGING, ANSWERED, ENDED
  }
}

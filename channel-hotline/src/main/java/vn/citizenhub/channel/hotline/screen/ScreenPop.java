package vn.citizenhub.channel.hotline.screen;

import java.time.Instant;

/**
 * What an operator's screen is told about a call at their extension: it rings (the caller pops
 * up), it was answered, it ended. {@code caller} is +84… or null for a withheld number.
 */
public record ScreenPop(long eventId, String callId, String type, String caller,
    String callerDisplay, Instant at) {

  /** +84912345678 as operators read it: 0912 345 678 (landlines: 0283 829 6052). */
  public static String display(String phone) {
    if (phone == null || !phone.startsWith("+84")) {
      return null;
    }
    String national = "0" + phone.substring(3);
    return national.substring(0, 4) + " " + national.substring(4, 7) + " "
        + national.substring(7);
  }
}

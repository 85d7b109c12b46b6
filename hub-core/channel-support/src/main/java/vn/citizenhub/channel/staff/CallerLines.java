package vn.citizenhub.channel.staff;

/**
 * Which callers are on a hotline operator's line: a call at their desk (announced by the phone
 * system) or one they started by typing the number, still going or ended a short while ago (the
 * hotline's {@code hub.hotline.caller-lookup-window}, 30 minutes). hub-core shows a caller's
 * history to an operator only for such a number; the hotline channel, which keeps the call log,
 * answers.
 */
public interface CallerLines {

  /**
   * @param operator the operator's username
   * @param phone the caller's number as the hub keeps it, +84…
   * @param token the operator's own token, for a hotline that runs as its own service
   */
  boolean isOnLine(String operator, String phone, String token) throws Exception;
}

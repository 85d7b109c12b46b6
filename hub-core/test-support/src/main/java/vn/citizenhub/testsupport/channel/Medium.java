package vn.citizenhub.testsupport.channel;

/** How a channel's outside medium (Zalo's API, the SMS gateway, a push service) behaves. */
public enum Medium {
  /** Takes every message. */
  DELIVERS,
  /**
   * Refuses for good (the citizen unfollowed, the number does not exist): the channel must hand
   * the notice back instead of retrying.
   */
  FAILS_PERMANENTLY
}

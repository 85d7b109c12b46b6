package vn.citizenhub.contract;

/** The media through which citizens reach the hub. */
public enum Channel {
  WEB("web"),
  ZALO("zalo"),
  HOTLINE("phone"),
  APP("app"),
  OPEN311("open311");

  private final String identityPrefix;

  Channel(String identityPrefix) {
    this.identityPrefix = identityPrefix;
  }

  /** A citizen identity on this channel, e.g. {@code zalo:<uid>} or {@code phone:+84…}. */
  public String identity(String externalId) {
    return identityPrefix + ":" + externalId;
  }
}

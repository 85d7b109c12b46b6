package vn.citizenhub.contract;

/** The media through which citizens reach the hub. */
public enum Channel {
  WEB("web"),
  ZALO("zalo"),
  HOTLINE("phone"),
  APP("app");

  private final String identityPrefix;

  Channel(String identityPrefix) {
    this.identityPrefix = identityPrefix;
  }

  /** Prefix of a citizen identity on this channel, e.g. {@code zalo:} or {@code phone:}. */
  public String identityPrefix() {
    return identityPrefix;
  }

  public String identity(String externalId) {
    return identityPrefix + ":" + externalId;
  }
}

package vn.citizenhub.core.identity;

/** A citizen identity split into its channel prefix and the channel's own id. */
record ChannelIdentity(String channel, String externalId) {

  static ChannelIdentity parse(String identity) {
    int colon = identity == null ? -1 : identity.indexOf(':');
    if (colon <= 0 || colon == identity.length() - 1) {
      throw new IllegalArgumentException("a citizen identity is channel:id");
    }
    return new ChannelIdentity(identity.substring(0, colon), identity.substring(colon + 1));
  }
}

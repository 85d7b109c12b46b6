package vn.citizenhub.channel.zalo.webhook;

/** The inbox could not keep an event in time: Zalo hears 503 and sends it again later. */
class InboxUnavailable extends RuntimeException {
  InboxUnavailable(Throwable cause) {
    super("Zalo event not stored: " + cause.getMessage(), cause);
  }
}

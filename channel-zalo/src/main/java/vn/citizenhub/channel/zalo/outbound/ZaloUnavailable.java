package vn.citizenhub.channel.zalo.outbound;

/** Zalo could not be reached or asked to wait (-32, quota, 5xx): try again later. */
public class ZaloUnavailable extends Exception {
  public ZaloUnavailable(String message, Throwable cause) {
    super(message, cause);
  }

  public ZaloUnavailable(String message) {
    super(message);
  }
}

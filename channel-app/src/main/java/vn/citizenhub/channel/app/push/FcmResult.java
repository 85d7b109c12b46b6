package vn.citizenhub.channel.app.push;

/**
 * What FCM said about one message to one device, once it gave a final answer. Transient answers
 * are not results: they are thrown as {@link FcmUnavailable}.
 */
public record FcmResult(Kind kind, String errorCode) {

  public enum Kind {
    /** FCM took the message. */
    SENT,
    /** The token is gone or was never valid (404 UNREGISTERED, 400 on the token): forget it. */
    TOKEN_GONE,
    /** Refused for good, but not because of the token (SENDER_ID_MISMATCH, a bad payload). */
    REJECTED
  }

  static FcmResult sent() {
    return new FcmResult(Kind.SENT, null);
  }

  static FcmResult tokenGone(String errorCode) {
    return new FcmResult(Kind.TOKEN_GONE, errorCode);
  }

  static FcmResult rejected(String errorCode) {
    return new FcmResult(Kind.REJECTED, errorCode);
  }
}

package vn.citizenhub.channel.handoff;

/** The channel's own database failed: the citizen must not be told their intake was received. */
public class HandoffStoreException extends RuntimeException {
  public HandoffStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

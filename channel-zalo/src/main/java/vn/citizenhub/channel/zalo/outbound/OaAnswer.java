package vn.citizenhub.channel.zalo.outbound;

/** Zalo's answer to one call: {@code error} 0 and a message id, or an error code. */
public record OaAnswer(int error, String message, String messageId) {

  public ZaloError kind() {
    return ZaloError.of(error);
  }

  public boolean ok() {
    return error == 0;
  }
}

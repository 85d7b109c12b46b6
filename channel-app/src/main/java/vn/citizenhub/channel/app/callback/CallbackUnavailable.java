package vn.citizenhub.channel.app.callback;

/** The app's callback URL did not take a notice for now (5xx, a timeout): tried again later. */
public class CallbackUnavailable extends Exception {

  public CallbackUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}

package vn.citizenhub.channel.app.partner;

/**
 * Who made a signed request: the app and its own user ({@code X-App-User}). The signature filter
 * sets it as a request attribute once the request is proven; controllers read it from there.
 */
public record AppCaller(String appId, String appUserId) {

  /** The request attribute under which the signature filter leaves the proven caller. */
  public static final String ATTRIBUTE = "hub.app.caller";
}

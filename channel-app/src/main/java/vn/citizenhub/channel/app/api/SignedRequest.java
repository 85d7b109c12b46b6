package vn.citizenhub.channel.app.api;

import io.micronaut.http.HttpRequest;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.app.signing.SignedBody;

/** What the signature filter proved about a request, as the controllers read it. */
final class SignedRequest {

  private SignedRequest() {}

  static AppCaller caller(HttpRequest<?> request) {
    return request.getAttribute(AppCaller.ATTRIBUTE, AppCaller.class)
        .orElseThrow(() -> new IllegalStateException("an app route without the signature filter"));
  }

  static SignedBody body(HttpRequest<?> request) {
    return request.getAttribute(SignedBody.ATTRIBUTE, SignedBody.class)
        .orElseGet(SignedBody::empty);
  }

  /** True when the caller named their user ({@code X-App-User}). */
  static boolean hasUser(AppCaller caller) {
    return caller.appUserId() != null && !caller.appUserId().isBlank();
  }
}

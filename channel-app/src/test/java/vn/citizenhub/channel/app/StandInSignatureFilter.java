package vn.citizenhub.channel.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import vn.citizenhub.channel.app.partner.AppCaller;

/**
 * Stands in for the app API's signature filter in tests that set {@code
 * test.app-caller=stand-in} (before the real filter is in the module): it names the caller from
 * {@code X-App-Id} and {@code X-App-User} without checking the signature, and only when no filter
 * proved a caller already. The tests sign their requests all the same, so that with the real
 * filter in place they pass through it unchanged.
 */
@ServerFilter("/api/app/v1/**")
@Requires(property = "test.app-caller", value = "stand-in")
class StandInSignatureFilter {

  @RequestFilter
  void nameCaller(HttpRequest<?> request) {
    String appId = request.getHeaders().get("X-App-Id");
    String appUser = request.getHeaders().get("X-App-User");
    if (appId != null && appUser != null && request.getHeaders().get("X-Signature") != null
        && request.getAttribute(AppCaller.ATTRIBUTE).isEmpty()) {
      request.setAttribute(AppCaller.ATTRIBUTE, new AppCaller(appId, appUser));
    }
  }
}

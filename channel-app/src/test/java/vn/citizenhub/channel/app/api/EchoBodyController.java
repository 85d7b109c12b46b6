package vn.citizenhub.channel.app.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import java.util.Map;
import vn.citizenhub.channel.app.partner.AppCaller;

/**
 * A route under the signed prefix that binds its JSON body as another module's controller does
 * (the device registration): the signature filter reads a copy, so the body still binds.
 */
@Requires(property = "spec.name", value = "AppSignatureTest")
@Controller("/api/app/v1/test-echo")
class EchoBodyController {

  record Echo(String token) {}

  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  Map<String, String> echo(HttpRequest<?> request, @Body Echo body) {
    AppCaller caller = request.getAttribute(AppCaller.ATTRIBUTE, AppCaller.class).orElseThrow();
    return Map.of("token", body.token(), "app", caller.appId(), "user", caller.appUserId());
  }
}

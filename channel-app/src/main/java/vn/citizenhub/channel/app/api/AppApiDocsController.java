package vn.citizenhub.channel.app.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.citizenhub.channel.app.signing.AppSignatureFilter;

/**
 * Serves the partner API's OpenAPI document, generated at build time from these controllers
 * (micronaut-openapi, as hub-core's), unsigned, so an app's developer reads how to call it.
 */
@OpenAPIDefinition(info = @Info(title = "Citizen Interaction Hub: app partner API",
    version = "v1",
    description = "For the province's apps. Every request under /api/app/v1 (but this document)"
        + " is signed: X-App-Id, X-Timestamp (Unix seconds, within 5 minutes of the hub's"
        + " clock), X-Nonce (16-64 characters A-Z a-z 0-9 _ -, never reused), X-Signature ="
        + " hex HMAC-SHA256 with the app's secret over"
        + " METHOD\\nPATH_WITH_QUERY\\nTIMESTAMP\\nNONCE\\nhex(SHA-256(body)), the body's exact"
        + " bytes. X-App-User names the app's own user (the citizen). A refused signature is"
        + " 401 with {error, message (Vietnamese), messageEn}."))
@Controller
@Hidden
class AppApiDocsController {

  static final String GENERATED = "META-INF/swagger/channel-app.yml";

  private final Optional<String> document = read();

  @Get(AppSignatureFilter.OPEN_PATH)
  @Produces("application/yaml")
  HttpResponse<String> openApi() {
    return document.map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
  }

  private static Optional<String> read() {
    try (InputStream in = AppApiDocsController.class.getClassLoader()
        .getResourceAsStream(GENERATED)) {
      return in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.citizenhub.core.apidocs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves the generated OpenAPI file at {@code /swagger/hub-core.yml}: from a controller, so the
 * all-in-one launcher (with its own configuration file) serves it too.
 */
@Controller("/swagger")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ApiDocsController {

  private static final String GENERATED = "META-INF/swagger/hub-core.yml";

  private final Optional<String> document = read();

  @Get("/hub-core.yml")
  @Produces("application/yaml")
  HttpResponse<String> openApi() {
    return document.map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
  }

  private static Optional<String> read() {
    try (InputStream in = ApiDocsController.class.getClassLoader()
        .getResourceAsStream(GENERATED)) {
      return in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

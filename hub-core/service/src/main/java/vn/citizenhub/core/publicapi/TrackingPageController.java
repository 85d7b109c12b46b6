package vn.citizenhub.core.publicapi;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.citizenhub.http.StaticFolder;

/**
 * The citizen's tracking page at {@code /track?code=…}: status, agency, due date and the public
 * steps, read from {@code /api/public/tickets/{code}}, so it shows no personal data either.
 */
@Controller("/track")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class TrackingPageController {

  private final StaticFolder files = new StaticFolder("track/");

  @Get(uris = {"", "/"})
  HttpResponse<?> index(HttpRequest<?> request) {
    return files.serve(StaticFolder.INDEX, request);
  }

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }
}

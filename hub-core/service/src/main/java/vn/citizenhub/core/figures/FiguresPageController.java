package vn.citizenhub.core.figures;

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
 * The province's public figures page at {@code /figures}: charts, the agencies' league table and
 * the communes, read from {@code /api/public/stats}, so it shows only the published figures.
 */
@Controller("/figures")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class FiguresPageController {

  private final StaticFolder files = new StaticFolder("figures/");

  @Get(uris = {"", "/"})
  HttpResponse<?> index(HttpRequest<?> request) {
    return files.serve(StaticFolder.INDEX, request);
  }

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }
}

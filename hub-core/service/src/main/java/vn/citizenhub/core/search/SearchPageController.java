package vn.citizenhub.core.search;

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
 * The portal's search page at {@code /search?q=…}: one box for tracking codes, guidance,
 * published answers and open reports, read from {@code /api/public/search}.
 */
@Controller("/search")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class SearchPageController {

  private final StaticFolder files = new StaticFolder("search/");

  @Get(uris = {"", "/"})
  HttpResponse<?> index(HttpRequest<?> request) {
    return files.serve(StaticFolder.INDEX, request);
  }

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }
}

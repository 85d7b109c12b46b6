package vn.citizenhub.core.console;

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
 * Serves the staff console: a page shell and its scripts and styles, none holding data (the data
 * comes from {@code /api/staff}, behind sign-in).
 */
@Controller("/console")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ConsoleController {

  private final StaticFolder files = new StaticFolder("console/");

  @Get(uris = {"", "/"})
  HttpResponse<?> index(HttpRequest<?> request) {
    return files.serve(StaticFolder.INDEX, request);
  }

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }
}

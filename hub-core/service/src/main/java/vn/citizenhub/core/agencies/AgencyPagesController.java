package vn.citizenhub.core.agencies;

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
 * The citizens' pages of agencies (Decree 42/2022): {@code /agencies} lists them by level,
 * {@code /agencies/{code}} shows one's focal point, hours, rules, time limits and figures. The
 * pages hold no data: they read the public catalog and the public figures. A name with a dot is
 * one of the pages' files; any other is an agency's code (codes have no dot).
 */
@Controller("/agencies")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class AgencyPagesController {

  private static final String AGENCY_PAGE = "agency.html";

  private final StaticFolder files = new StaticFolder("agencies/");

  @Get(uris = {"", "/"})
  HttpResponse<?> index(HttpRequest<?> request) {
    return files.serve(StaticFolder.INDEX, request);
  }

  @Get("/{name}")
  HttpResponse<?> agencyOrFile(@PathVariable String name, HttpRequest<?> request) {
    return files.serve(name.indexOf('.') >= 0 ? name : AGENCY_PAGE, request);
  }
}

package vn.citizenhub.channel.web.portal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import vn.citizenhub.http.StaticFolder;

/**
 * The citizen portal's pages: the home page at {@code /}, the report form at {@code /report}, and
 * their scripts and styles under {@code /portal/} (channel-web's {@code portal/} folder). Page
 * shells only: their data comes from the public API. The tracking page is hub-core's
 * ({@code /track}); what all three share is under {@code /portal-shared}.
 */
@Controller
class PortalPagesController {

  static final String FOLDER = "portal/";

  private final StaticFolder files;

  PortalPagesController(PortalMap map) {
    this.files = new StaticFolder(FOLDER, map.contentSecurityPolicy());
  }

  @Get
  HttpResponse<?> home(HttpRequest<?> request) {
    return files.serve(StaticFolder.INDEX, request);
  }

  @Get("/report")
  HttpResponse<?> report(HttpRequest<?> request) {
    return files.serve("report.html", request);
  }

  @Get("/portal/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }
}

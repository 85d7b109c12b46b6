package vn.citizenhub.channel.hotline.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.http.StaticFolder;

/**
 * Serves the operators' console at {@code /hotline}: a page shell, scripts and styles, none
 * holding data (that comes from {@code /api/hotline} and hub-core's {@code /api/staff}, behind
 * sign-in), through the same {@link StaticFolder} as hub-core's staff console.
 */
@Controller("/hotline")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class HotlineConsoleController {

  private final StaticFolder files = new StaticFolder("hotline/");

  @Get(uris = {"", "/"})
  HttpResponse<?> index(HttpRequest<?> request) {
    return files.serve(StaticFolder.INDEX, request);
  }

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }
}

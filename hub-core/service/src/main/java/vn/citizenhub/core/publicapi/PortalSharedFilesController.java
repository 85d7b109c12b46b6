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
 * Serves the citizen portal's common code (channel-support's {@code portal-shared} folder: the
 * frame, the language switch, folding search, the public API helper, the styles) for the
 * tracking page here and for channel-web's pages. Declared here and, for the web channel on its
 * own, in channel-web; beside hub-core in one JVM channel-web's copy stands aside, so the path
 * has one owner.
 */
@Controller(StaticFolder.PORTAL_SHARED_PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class PortalSharedFilesController {

  private final StaticFolder files = new StaticFolder(StaticFolder.PORTAL_SHARED_FOLDER);

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }
}

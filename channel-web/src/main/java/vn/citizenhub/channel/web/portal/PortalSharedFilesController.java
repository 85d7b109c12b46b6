package vn.citizenhub.channel.web.portal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import vn.citizenhub.http.StaticFolder;

/**
 * Serves the code the portal's pages share with hub-core's tracking page (channel-support's
 * {@code portal-shared} folder) when the web channel runs on its own. Beside hub-core in one JVM
 * (the all-in-one launcher) hub-core serves this path, and two routes for one path would be
 * ambiguous, so this one stands aside, as the hotline's copy of {@code /web-shared} does.
 */
@Controller(StaticFolder.PORTAL_SHARED_PATH)
@Requires(missingClasses = PortalSharedFilesController.HUB_CORE)
class PortalSharedFilesController {

  static final String HUB_CORE = "vn.citizenhub.core.HubCoreApplication";

  private final StaticFolder files = new StaticFolder(StaticFolder.PORTAL_SHARED_FOLDER);

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }
}

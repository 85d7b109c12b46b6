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
import vn.citizenhub.channel.hotline.staff.StandaloneStaffTokens;
import vn.citizenhub.http.StaticFolder;

/**
 * Serves the code the hotline screen shares with hub-core's staff console (channel-support's
 * {@code web-shared} folder) when the hotline runs on its own. Beside hub-core in one JVM (the
 * all-in-one launcher, the module's own tests) hub-core serves this path, and two routes for one
 * path would be ambiguous, so this one stands aside, as the hotline's token beans do.
 */
@Controller(StaticFolder.SHARED_PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
@Requires(missingClasses = StandaloneStaffTokens.HUB_CORE)
class SharedPageFilesController {

  private final StaticFolder files = new StaticFolder(StaticFolder.SHARED_FOLDER);

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }
}

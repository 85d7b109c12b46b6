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
 * Serves the code the staff console shares with the hotline screen (channel-support's
 * {@code web-shared} folder). Declared here and, for the hotline on its own, in channel-hotline;
 * beside hub-core in one JVM the hotline's copy of this route stands aside, so the path has one
 * owner.
 */
@Controller(StaticFolder.SHARED_PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class SharedPageFilesController {

  private final StaticFolder files = new StaticFolder(StaticFolder.SHARED_FOLDER);

  @Get("/{file}")
  HttpResponse<?> file(@PathVariable String file, HttpRequest<?> request) {
    return files.serve(file, request);
  }
}

package vn.citizenhub.core.knowledge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.regex.Pattern;
import vn.citizenhub.http.StaticFolder;

/**
 * The public pages of the knowledge store, in the portal's frame: an article at
 * {@code /articles/{id}}, a published question and answer at {@code /answers/{id}}, the recent
 * ones at {@code /answers}. Each page reads the public API, so it shows no personal data either.
 * Their scripts and styles are served from the same folder ({@code /answers/knowledge.js}).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class KnowledgePagesController {

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

  private final StaticFolder files = new StaticFolder("knowledge/");

  /** One route for the list, an answer and the files: {@code /answers} alone read as a file. */
  @Get("/answers{/item}")
  HttpResponse<?> answers(@Nullable @PathVariable String item, HttpRequest<?> request) {
    if (item == null || item.isEmpty()) {
      return files.serve("answers.html", request);
    }
    return files.serve(NUMBER.matcher(item).matches() ? "answer.html" : item, request);
  }

  @Get("/articles/{item}")
  HttpResponse<?> article(@PathVariable String item, HttpRequest<?> request) {
    return files.serve(NUMBER.matcher(item).matches() ? "article.html" : item, request);
  }
}

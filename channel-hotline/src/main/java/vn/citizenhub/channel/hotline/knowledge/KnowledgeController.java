package vn.citizenhub.channel.hotline.knowledge;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.citizenhub.channel.hotline.HotlineRefusal;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.channel.hotline.JsonBody;

/**
 * The knowledge lookup operators search during a call, and its upkeep by coordinators and
 * administrators (publish, correct, withdraw an answer).
 */
@Controller("/api/hotline/knowledge")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class KnowledgeController {

  static final int SHOWN = 8;

  private final KnowledgeBase base;
  private final Clock clock = Clock.systemUTC();

  KnowledgeController(KnowledgeBase base) {
    this.base = base;
  }

  record Found(String query, List<String> terms, List<Article> articles) {}

  @Get
  @Secured({"HOTLINE_OPERATOR", "COORDINATOR", "ADMINISTRATOR"})
  Found search(@Nullable @QueryValue String q, @Nullable @QueryValue String category)
      throws SQLException {
    String query = q == null ? "" : q.strip();
    if (query.length() > 200) {
      query = query.substring(0, 200);
    }
    List<String> terms = KnowledgeSearch.terms(query);
    return new Found(query, terms,
        KnowledgeSearch.rank(base.candidates(terms), query, category, SHOWN));
  }

  @Post(consumes = MediaType.APPLICATION_JSON)
  @Secured({"COORDINATOR", "ADMINISTRATOR"})
  HttpResponse<Map<String, Integer>> publish(@Body String body) throws SQLException {
    Article a = KnowledgeForm.valid(JsonBody.read(body, KnowledgeForm.class), 0);
    return HttpResponse.created(Map.of("id", base.publish(a, clock.instant())));
  }

  @Put(value = "/{id}", consumes = MediaType.APPLICATION_JSON)
  @Secured({"COORDINATOR", "ADMINISTRATOR"})
  Article correct(@PathVariable int id, @Body String body) throws SQLException {
    Article a = KnowledgeForm.valid(JsonBody.read(body, KnowledgeForm.class), id);
    if (!base.update(a, clock.instant())) {
      throw notFound();
    }
    return a;
  }

  @Delete("/{id}")
  @Secured({"COORDINATOR", "ADMINISTRATOR"})
  HttpResponse<Void> withdraw(@PathVariable int id) throws SQLException {
    if (!base.withdraw(id, clock.instant())) {
      throw notFound();
    }
    return HttpResponse.noContent();
  }

  private static HotlineRefusal notFound() {
    return new HotlineRefusal(io.micronaut.http.HttpStatus.NOT_FOUND, "ARTICLE_NOT_FOUND",
        "Không tìm thấy câu trả lời.", "No such article.");
  }
}

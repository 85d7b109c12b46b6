package vn.citizenhub.channel.hotline.knowledge;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.channel.search.PublicSearch;
import vn.citizenhub.channel.search.SearchQuery;
import vn.citizenhub.channel.search.SearchResult;
import vn.citizenhub.channel.search.SearchResults;

/**
 * The operator's F3 lookup: the province's one knowledge store, searched through hub-core's
 * public search (in process beside hub-core, over HTTP on its own), so operators read out the
 * same guidance and published answers citizens find on the portal. Articles and answers only:
 * an operator looks a ticket up by its code in the call form. When the search cannot be asked
 * the answer says so ({@code unavailable}) and the panel shows it; the call goes on.
 */
@Controller("/api/hotline/knowledge")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class KnowledgeController {

  static final int SHOWN = 8;

  private final PublicSearch search;

  KnowledgeController(PublicSearch search) {
    this.search = search;
  }

  /** An article or a published answer as the panel shows it; {@code answer} is read out. */
  record Article(long id, String kind, String title, String answer, String categoryCode,
      String agency, String url) {}

  record Found(String query, boolean unavailable, List<Article> articles) {}

  @Get
  @Secured({"HOTLINE_OPERATOR", "COORDINATOR", "ADMINISTRATOR"})
  Found search(@Nullable @QueryValue String q) {
    String query = q == null ? "" : q.strip();
    if (query.length() > PublicSearch.MAX_QUERY) {
      query = query.substring(0, PublicSearch.MAX_QUERY);
    }
    if (query.isEmpty()) {
      return new Found(query, false, List.of());
    }
    Optional<SearchResults> found = search.search(SearchQuery.of(query));
    if (found.isEmpty()) {
      return new Found(query, true, List.of());
    }
    return new Found(query, false, found.get().results().stream()
        .filter(r -> "ARTICLE".equals(r.type()) || "ANSWER".equals(r.type()))
        .limit(SHOWN).map(KnowledgeController::article).toList());
  }

  private static Article article(SearchResult r) {
    return new Article(r.id(), r.type(), r.title(), r.text(), r.categoryCode(),
        r.agencyName(), r.url());
  }
}

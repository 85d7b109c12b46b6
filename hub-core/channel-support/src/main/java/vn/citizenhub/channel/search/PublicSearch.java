package vn.citizenhub.channel.search;

import java.util.Optional;

/**
 * The province's one search box: tracking codes, articles, published answers and open tickets.
 * hub-core owns the index: a channel running beside it searches in process, a channel on its own
 * (the hotline's F3 lookup) asks hub-core's {@code GET /api/public/search}.
 */
public interface PublicSearch {

  /** The longest query. */
  int MAX_QUERY = 200;
  /** The deepest page. */
  int MAX_PAGE = 50;

  /** The hits, best first; empty when hub-core cannot be asked right now. */
  Optional<SearchResults> search(SearchQuery query);
}

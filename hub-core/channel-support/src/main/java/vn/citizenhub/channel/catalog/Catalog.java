package vn.citizenhub.channel.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The codes a channel checks a citizen's choice against. hub-core owns the catalog; a channel
 * running beside it reads it in process, a channel on its own asks hub-core over HTTP.
 */
public interface Catalog {

  /** The current codes, or empty when the catalog cannot be reached right now. */
  Optional<CatalogCodes> codes();

  /**
   * The categories with their names, in the catalog's order, or empty when the catalog cannot be
   * reached right now. A catalog that knows only codes has none to give.
   */
  default Optional<List<CatalogCategory>> categories() {
    return Optional.empty();
  }
}

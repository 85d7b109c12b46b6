package vn.citizenhub.channel.catalog;

import java.util.Optional;

/**
 * The codes a channel checks a citizen's choice against. hub-core owns the catalog; a channel
 * running beside it reads it in process, a channel on its own asks hub-core over HTTP.
 */
public interface Catalog {

  /** The current codes, or empty when the catalog cannot be reached right now. */
  Optional<CatalogCodes> codes();
}

package vn.citizenhub.channel.catalog;

import java.util.Set;

/** Category and commune codes that exist. */
public record CatalogCodes(Set<String> categories, Set<String> communes) {
  public CatalogCodes {
    categories = Set.copyOf(categories);
    communes = Set.copyOf(communes);
  }
}

package vn.citizenhub.core.reference;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.catalog.CatalogCategory;
import vn.citizenhub.channel.catalog.Catalog;
import vn.citizenhub.channel.catalog.CatalogCodes;

/** The catalog for channels running in the same process as hub-core: no HTTP round trip. */
@Singleton
class ReferenceCatalog implements Catalog {

  private final ReferenceData referenceData;
  private volatile Cached cached;

  ReferenceCatalog(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  /** The codes of one snapshot, computed once rather than on every request. */
  private record Cached(ReferenceSnapshot snapshot, CatalogCodes codes,
      List<CatalogCategory> categories) {}

  @Override
  public Optional<CatalogCodes> codes() {
    return Optional.of(current().codes());
  }

  @Override
  public Optional<List<CatalogCategory>> categories() {
    return Optional.of(current().categories());
  }

  private Cached current() {
    ReferenceSnapshot snapshot = referenceData.current();
    Cached current = cached;
    if (current == null || current.snapshot() != snapshot) {
      current = new Cached(snapshot,
          new CatalogCodes(snapshot.categories().keySet(), snapshot.communes().keySet()),
          snapshot.categories().values().stream().map(c -> new CatalogCategory(c.code(),
              c.nameVi(), c.nameEn(), c.kind())).toList());
      cached = current;
    }
    return current;
  }
}

package vn.citizenhub.core.reference;

import jakarta.inject.Singleton;
import java.util.Optional;
import vn.citizenhub.channel.catalog.Catalog;
import vn.citizenhub.channel.catalog.CatalogCodes;

/** The catalog for channels running in the same process as hub-core: no HTTP round trip. */
@Singleton
class ReferenceCatalog implements Catalog {

  private final ReferenceData referenceData;

  ReferenceCatalog(ReferenceData referenceData) {
    this.referenceData = referenceData;
  }

  @Override
  public Optional<CatalogCodes> codes() {
    ReferenceSnapshot snapshot = referenceData.current();
    return Optional.of(new CatalogCodes(snapshot.categories().keySet(), snapshot.communes().keySet()));
  }
}

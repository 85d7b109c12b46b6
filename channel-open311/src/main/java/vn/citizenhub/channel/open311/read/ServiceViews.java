package vn.citizenhub.channel.open311.read;

import java.util.List;
import vn.citizenhub.channel.catalog.CatalogCategory;
import vn.citizenhub.channel.open311.wire.Fields;
import vn.citizenhub.channel.open311.wire.Items;

/**
 * The hub's categories as Open311 services: the code, the Vietnamese name, the English name as
 * the description, the item kind as the group. No category asks for extra attributes, so
 * {@code metadata} is false and a service definition lists none.
 */
public final class ServiceViews {

  private ServiceViews() {}

  public static Fields of(CatalogCategory c) {
    return new Fields()
        .put("service_code", c.code())
        .put("service_name", c.nameVi())
        .put("description", c.nameEn())
        .put("metadata", false)
        .put("type", "realtime")
        .put("keywords", "")
        .put("group", c.kind());
  }

  public static Fields definition(CatalogCategory c) {
    return new Fields()
        .put("service_code", c.code())
        .put("attributes", new Items("attribute", List.of()));
  }
}

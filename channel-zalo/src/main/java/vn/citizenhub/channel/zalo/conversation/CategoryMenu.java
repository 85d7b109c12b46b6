package vn.citizenhub.channel.zalo.conversation;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.catalog.Catalog;
import vn.citizenhub.channel.catalog.CatalogCodes;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.contract.ItemKind;

/**
 * The short list a citizen picks a category from on Zalo: the matters people report most, in
 * the catalog's words, and only those the catalog (hub-core's, read through channel-support)
 * has. A phone screen holds ten lines; anything else is "Khác", which hub-core triages.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class CategoryMenu {

  private static final List<CategoryChoice> SHORT_LIST = List.of(
      new CategoryChoice("ROAD_DAMAGE", "Hư hỏng đường, cầu giao thông"),
      new CategoryChoice("STREET_LIGHT", "Đèn chiếu sáng công cộng hư hỏng"),
      new CategoryChoice("WASTE_SANITATION", "Rác thải, vệ sinh môi trường"),
      new CategoryChoice("FLOOD_DRAINAGE", "Ngập úng, thoát nước"),
      new CategoryChoice("POLLUTION", "Ô nhiễm môi trường"),
      new CategoryChoice("PUBLIC_ORDER", "An ninh, trật tự, tiếng ồn"),
      new CategoryChoice("TRAFFIC_SAFETY", "Trật tự, an toàn giao thông"),
      new CategoryChoice("ILLEGAL_CONSTRUCTION", "Xây dựng trái phép, sai phép"),
      new CategoryChoice("ADMIN_PROCEDURE", "Thủ tục hành chính"),
      new CategoryChoice("OTHER", "Khác"));

  private static final Map<String, ItemKind> KINDS = Map.of(
      "ADMIN_PROCEDURE", ItemKind.SUGGESTION, "OTHER", ItemKind.QUESTION);

  private final Catalog catalog;

  public CategoryMenu(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The list as of now; the whole short list while the catalog cannot be read. */
  public List<CategoryChoice> choices() {
    return catalog.codes().map(CatalogCodes::categories)
        .map(known -> SHORT_LIST.stream().filter(c -> known.contains(c.code())).toList())
        .filter(list -> !list.isEmpty())
        .orElse(SHORT_LIST);
  }

  public static ItemKind kind(String categoryCode) {
    return KINDS.getOrDefault(categoryCode, ItemKind.REPORT);
  }
}

package vn.citizenhub.channel.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.intake.NewReport;

/** Category and commune codes that exist. */
public record CatalogCodes(Set<String> categories, Set<String> communes) {
  public CatalogCodes {
    categories = Set.copyOf(categories);
    communes = Set.copyOf(communes);
  }

  /**
   * A report's category or commune that the province does not have, as the channels refuse it;
   * nothing for a code not given (the contract's rules say whether one is required).
   *
   * @param communeField the commune's field name in the channel's own form
   */
  public List<FieldError> unknownCodesIn(NewReport report, String communeField) {
    List<FieldError> errors = new ArrayList<>();
    String category = report.categoryCode();
    if (category != null && !category.isBlank() && !categories.contains(category)) {
      errors.add(new FieldError("categoryCode", "UNKNOWN_CATEGORY",
          "Lĩnh vực không có trong danh mục của tỉnh", "Unknown category"));
    }
    String commune = report.location() == null ? null : report.location().communeCode();
    if (commune != null && !commune.isBlank() && !communes.contains(commune)) {
      errors.add(new FieldError(communeField, "UNKNOWN_COMMUNE",
          "Xã/phường không có trong danh mục của tỉnh", "Unknown commune"));
    }
    return errors;
  }
}

package vn.citizenhub.core.search;

import java.util.StringJoiner;
import vn.citizenhub.core.reference.ReferenceSnapshot;

/**
 * The names a document is also found by: its category's (Vietnamese and English), its commune's
 * and its agency's, so "tan an" finds what is in Phường Tân An and "den duong" a street-light
 * ticket, without any of the citizen's own words.
 */
final class SearchNames {

  private final ReferenceSnapshot ref;

  SearchNames(ReferenceSnapshot ref) {
    this.ref = ref;
  }

  String of(String category, String commune, String agency) {
    StringJoiner names = new StringJoiner(" \n ");
    ref.category(category).ifPresent(c -> {
      names.add(c.nameVi());
      if (c.nameEn() != null) {
        names.add(c.nameEn());
      }
    });
    ref.commune(commune).ifPresent(c -> names.add(c.name()));
    ref.agency(agency).ifPresent(a -> names.add(a.nameVi()));
    return names.toString();
  }
}

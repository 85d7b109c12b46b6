package vn.citizenhub.core.knowledge;

import java.time.LocalDate;

/** An article as the store holds it, once checked: texts trimmed, blanks made null. */
public record Article(
    String kind, String categoryCode, String agencyCode, String titleVi, String titleEn,
    String bodyVi, String bodyEn, String keywords, String sourceVi, boolean published,
    LocalDate reviewBy) {

  /** The kinds of article: a frequent question, or a longer guide. */
  public static final java.util.Set<String> KINDS = java.util.Set.of("FAQ", "GUIDE");
}

package vn.citizenhub.core.knowledge;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article in the console: everything, whether its review date has passed, and whether the
 * signed-in staff member may edit it.
 */
public record StaffArticleView(
    long id, String kind, String categoryCode, String agencyCode, String titleVi, String titleEn,
    String bodyVi, String bodyEn, String keywords, String sourceVi, boolean published,
    LocalDate reviewBy, boolean overdue, Instant updatedAt, String updatedBy, boolean editable) {

  static StaffArticleView of(ArticleRow row, LocalDate today, boolean editable) {
    Article a = row.article();
    return new StaffArticleView(row.id(), a.kind(), a.categoryCode(), a.agencyCode(),
        a.titleVi(), a.titleEn(), a.bodyVi(), a.bodyEn(), a.keywords(), a.sourceVi(),
        a.published(), a.reviewBy(), a.reviewBy().isBefore(today), row.updatedAt(),
        row.updatedBy(), editable);
  }
}

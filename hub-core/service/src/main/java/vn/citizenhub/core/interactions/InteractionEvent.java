package vn.citizenhub.core.interactions;

/**
 * What the portal's interaction indicators count. The first three the portal reports itself
 * ({@code POST /api/public/interactions}); the others the hub counts as they happen, so no page
 * can inflate them.
 */
public enum InteractionEvent {
  VISIT("Lượt truy cập", "Visits", true),
  REPORT_STARTED("Bắt đầu gửi phản ánh", "Reports started", true),
  SEARCH("Tra cứu, tìm kiếm", "Searches", true),
  /** A new report from the web portal, counted as hub-core takes it in. */
  REPORT_SENT("Phản ánh đã gửi", "Reports sent", false),
  /** A web citizen followed an open ticket instead of reporting the same matter again. */
  DUPLICATE_AVOIDED("Theo dõi thay vì gửi trùng", "Duplicates avoided", false),
  /** A rating given through the private feedback link. */
  RATING_GIVEN("Đánh giá kết quả", "Ratings given", false);

  private final String labelVi;
  private final String labelEn;
  private final boolean reportedByPortal;

  InteractionEvent(String labelVi, String labelEn, boolean reportedByPortal) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.reportedByPortal = reportedByPortal;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  /** True for the events a page may report; the hub counts the others itself. */
  public boolean reportedByPortal() {
    return reportedByPortal;
  }
}

package vn.citizenhub.core.lifecycle;

/** How a ticket was resolved, as DESIGN.md lists them. */
public enum ClosureCode {
  FIXED("Đã khắc phục", "Fixed"),
  ANSWERED("Đã trả lời", "Answered"),
  NOT_COMPETENT("Không thuộc thẩm quyền", "Not within the agency's competence"),
  NO_ACTION("Không xử lý", "No action taken"),
  DUPLICATE("Trùng với phản ánh khác", "Duplicate of another report");

  private final String labelVi;
  private final String labelEn;

  ClosureCode(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }
}

package vn.citizenhub.core.ticket;

/** Where a ticket stands, with the label a citizen or officer reads. */
public enum TicketStatus {
  RECEIVED("Đã tiếp nhận", "Received"),
  ROUTED("Đã chuyển đến cơ quan có thẩm quyền", "Forwarded to the competent agency"),
  TRIAGE("Đang chờ điều phối viên phân loại", "Awaiting a coordinator's triage"),
  ASSIGNED("Đã giao cán bộ xử lý", "Assigned to an officer"),
  IN_PROGRESS("Đang xử lý", "In progress"),
  WAITING_FOR_CITIZEN("Chờ người dân bổ sung thông tin", "Waiting for more information from you"),
  RESOLVED("Đã giải quyết", "Resolved"),
  CLOSED("Đã đóng", "Closed"),
  REOPENED("Đã mở lại", "Reopened");

  private final String labelVi;
  private final String labelEn;

  TicketStatus(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  /**
   * The ticket's stage as the database keeps it in the generated column {@code inbox_stage}
   * (V10__inbox_order.sql, which computes it the same way): 0 open, 1 resolved, 2 closed.
   */
  public int inboxStage() {
    return switch (this) {
      case RESOLVED -> 1;
      case CLOSED -> 2;
      default -> 0;
    };
  }
}

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
}

package vn.citizenhub.core.staff;

/** What a staff member may do. Officers and leads work inside one agency; the others see all. */
public enum StaffRole {
  HOTLINE_OPERATOR("Điện thoại viên 1022", "Hotline operator", false),
  AGENCY_OFFICER("Cán bộ xử lý", "Agency officer", true),
  AGENCY_LEAD("Lãnh đạo cơ quan", "Agency lead", true),
  COORDINATOR("Điều phối viên tỉnh", "Provincial coordinator", false),
  ADMINISTRATOR("Quản trị hệ thống", "Administrator", false);

  private final String labelVi;
  private final String labelEn;
  private final boolean boundToAgency;

  StaffRole(String labelVi, String labelEn, boolean boundToAgency) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.boundToAgency = boundToAgency;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  /** True when the role sees and acts only on its own agency's tickets. */
  public boolean boundToAgency() {
    return boundToAgency;
  }
}

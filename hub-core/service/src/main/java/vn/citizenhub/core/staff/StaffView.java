package vn.citizenhub.core.staff;

/** The signed-in staff member as the console shows them. */
public record StaffView(
    long id, String username, String displayName, String role, String roleLabel,
    String roleLabelEn, String agencyCode) {

  public static StaffView of(StaffPrincipal p) {
    return new StaffView(p.staffId(), p.username(), p.displayName(), p.role().name(),
        p.role().labelVi(), p.role().labelEn(), p.agencyCode());
  }
}

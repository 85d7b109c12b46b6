package vn.citizenhub.core.lifecycle;

import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staff.StaffRole;

/** Who makes a change: a staff member, the citizen (through intake) or the hub itself. */
public record Actor(Long staffId, String name, StaffRole role, String agencyCode) {

  public static final Actor CITIZEN = new Actor(null, "citizen", null, null);
  public static final Actor SYSTEM = new Actor(null, "system", null, null);

  public static Actor of(StaffPrincipal p) {
    return new Actor(p.staffId(), p.username(), p.role(), p.agencyCode());
  }

  public boolean isStaff() {
    return role != null;
  }

  public boolean is(StaffRole... roles) {
    for (StaffRole r : roles) {
      if (r == role) {
        return true;
      }
    }
    return false;
  }

  /** Coordinators and administrators act for the whole province. */
  public boolean coordinates() {
    return is(StaffRole.COORDINATOR, StaffRole.ADMINISTRATOR);
  }
}

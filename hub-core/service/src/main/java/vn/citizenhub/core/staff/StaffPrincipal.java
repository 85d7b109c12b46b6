package vn.citizenhub.core.staff;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;

/**
 * The signed-in staff member as every workspace query sees them, read from the token's claims.
 * Officers and leads carry their agency; the scope of every query and action follows from it.
 */
public record StaffPrincipal(
    long staffId, String username, String displayName, StaffRole role, String agencyCode,
    String sessionId) {

  static final String STAFF_ID = "staffId";
  static final String NAME = "name";
  static final String AGENCY = "agency";
  static final String SESSION = "sid";

  public static StaffPrincipal of(Authentication authentication) {
    Map<String, Object> claims = authentication.getAttributes();
    StaffRole role = authentication.getRoles().stream().findFirst().map(StaffRole::valueOf)
        .orElseThrow(() -> new IllegalStateException("a staff token always carries a role"));
    return new StaffPrincipal(((Number) claims.get(STAFF_ID)).longValue(),
        authentication.getName(), (String) claims.get(NAME), role, (String) claims.get(AGENCY),
        (String) claims.get(SESSION));
  }

  Authentication toAuthentication() {
    Map<String, Object> claims = new java.util.HashMap<>();
    claims.put(STAFF_ID, staffId);
    claims.put(NAME, displayName);
    claims.put(SESSION, sessionId);
    if (agencyCode != null) {
      claims.put(AGENCY, agencyCode);
    }
    return Authentication.build(username, List.of(role.name()), claims);
  }

  /** True when this staff member may see and act on a ticket held by {@code ticketAgency}. */
  public boolean mayHandle(String ticketAgency) {
    return !role.boundToAgency() || (agencyCode != null && agencyCode.equals(ticketAgency));
  }

  public boolean isCoordinating() {
    return role == StaffRole.COORDINATOR || role == StaffRole.ADMINISTRATOR;
  }
}

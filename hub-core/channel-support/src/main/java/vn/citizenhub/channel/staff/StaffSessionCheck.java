package vn.citizenhub.channel.staff;

/**
 * Whether a staff member's sign-in still holds: their session has not ended or expired, and their
 * account is still active with the role (and agency) their token names. A long-lived answer such
 * as the hotline's screen stream asks this now and then, so that a sign-out, a disabled account or
 * a changed role ends it. Beside hub-core the answer comes from hub-core's database at once; a
 * channel on its own asks hub-core and may keep the answer a short while (see docs/security.md).
 */
public interface StaffSessionCheck {

  /**
   * @param sessionId the token's session id ({@code sid})
   * @param role the role the token names
   * @param agency the agency the token names, or null
   * @param token the token itself, for a channel that must ask hub-core
   */
  boolean holds(String sessionId, String role, String agency, String token);
}

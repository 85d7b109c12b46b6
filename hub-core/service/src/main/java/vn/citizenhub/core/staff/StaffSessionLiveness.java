package vn.citizenhub.core.staff;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import vn.citizenhub.channel.staff.StaffSessionCheck;

/**
 * hub-core's answer to a channel in the same JVM (the hotline's screen stream) asking whether a
 * sign-in still holds: straight from the sessions table, so a sign-out reaches it at its next
 * check.
 */
@Singleton
class StaffSessionLiveness implements StaffSessionCheck {

  private final StaffSessions sessions;
  private final Clock clock;

  StaffSessionLiveness(StaffSessions sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public boolean holds(String sessionId, String role, String agency, String token) {
    try {
      return sessionId != null && sessions.holds(sessionId, role, agency, clock.instant());
    } catch (SQLException e) {
      return false; // fail closed, as the request rule does
    }
  }
}

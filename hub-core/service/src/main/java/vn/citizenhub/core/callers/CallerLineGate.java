package vn.citizenhub.core.callers;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.staff.CallerLines;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.logging.ErrorText;

/**
 * Who may look up which caller. A hotline operator: only a number on their own line now or in the
 * last half hour, as the hotline's call log says (in the same JVM, its bean; on its own, over
 * HTTP: {@link RemoteCallerLines}); without a hotline to ask, nobody. Coordinators and
 * administrators, who see every ticket anyway, any number. Nobody else.
 */
@Singleton
class CallerLineGate {

  private static final Logger LOG = LoggerFactory.getLogger(CallerLineGate.class);

  private final CallerLines lines;

  CallerLineGate(@Nullable CallerLines lines) {
    this.lines = lines;
  }

  boolean mayLookUp(StaffPrincipal staff, String phone, @Nullable String token) {
    if (staff.isCoordinating()) {
      return true;
    }
    if (staff.role() != StaffRole.HOTLINE_OPERATOR || lines == null) {
      return false;
    }
    try {
      return lines.isOnLine(staff.username(), phone, token);
    } catch (Exception e) {
      // Fail closed; the number is not logged.
      LOG.warn("Could not ask the hotline whose call is on an operator's line: {}", ErrorText.of(e));
      return false;
    }
  }
}

package vn.citizenhub.core.interactions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.Clock;
import vn.citizenhub.core.staffapi.StaffApiException;

/** The portal's interaction indicators per ISO week, for the provincial coordinators. */
@Controller("/api/staff/interactions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Coordination")
class StaffInteractionController {

  static final int DEFAULT_WEEKS = 12;
  /** Two years of weeks. */
  static final int MAX_WEEKS = 104;

  private final InteractionWeeks weeks;
  private final Clock clock;

  StaffInteractionController(InteractionWeeks weeks, Clock clock) {
    this.weeks = weeks;
    this.clock = clock;
  }

  @Operation(summary = "The web portal's interaction counts per ISO week, newest first")
  @Secured({"COORDINATOR", "ADMINISTRATOR"})
  @Get
  InteractionWeeks.Weeks interactions(@Nullable @QueryValue("weeks") String weeksParam)
      throws SQLException {
    int n = DEFAULT_WEEKS;
    if (weeksParam != null) {
      try {
        n = Integer.parseInt(weeksParam.strip());
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > MAX_WEEKS) {
        throw new StaffApiException(HttpStatus.BAD_REQUEST, "WEEKS_OUT_OF_RANGE",
            "Số tuần phải từ 1 đến " + MAX_WEEKS + ".",
            "The number of weeks must be from 1 to " + MAX_WEEKS + ".");
      }
    }
    return weeks.last(n, clock.instant());
  }
}
